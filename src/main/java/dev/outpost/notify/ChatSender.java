package dev.outpost.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** One JSON message per notice, posted to a chat webhook. */
final class ChatSender implements Sender {
  static final ObjectMapper JSON = new ObjectMapper();

  private final Http http;
  private final String url;
  private final Function<Notice, ObjectNode> message;

  ChatSender(Http http, String url, Function<Notice, ObjectNode> message) {
    this.http = http;
    this.url = url;
    this.message = message;
  }

  @Override
  public void send(List<Notice> notices, Consumer<Notice> sent) throws SendFailure {
    for (Notice notice : notices) {
      http.postJson(url, message.apply(notice).toString(), Map.of());
      sent.accept(notice);
    }
  }
}
