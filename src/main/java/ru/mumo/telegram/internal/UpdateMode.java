package ru.mumo.telegram.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** How updates arrive: by webhook when {@code TELEGRAM_WEBHOOK_URL} is set, else by long polling. */
final class UpdateMode {

    private UpdateMode() {
    }

    static boolean webhook(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("app.telegram.webhook-url"));
    }

    static final class Polling implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !webhook(context);
        }
    }

    static final class Webhook implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return webhook(context);
        }
    }
}
