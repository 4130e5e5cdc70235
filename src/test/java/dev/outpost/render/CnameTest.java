package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CnameTest {
  @ParameterizedTest
  @CsvSource({
    "https://status.acme.example/, status.acme.example",
    "https://Status.Acme.Example/sub/, status.acme.example",
    "https://acme.github.io/status/, ''",
    "https://acme.github.io/, ''",
    "http://localhost:8080/, ''",
    "http://127.0.0.1:8080/, ''",
    "http://[::1]:8080/, ''",
    "http://intranet/, ''",
  })
  void namesOnlyACustomDomain(String url, String host) {
    assertEquals(
        host.isEmpty() ? Optional.empty() : Optional.of(host), Cname.host(URI.create(url)));
  }
}
