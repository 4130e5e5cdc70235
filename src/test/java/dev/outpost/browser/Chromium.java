package dev.outpost.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives the system's Chromium: it runs when {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} exist and fails when they do not, since a skipped browser test
 * would hide a regression.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumCheck.class)
public @interface Chromium {}
