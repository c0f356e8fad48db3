package io.followupbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.forms.FormEdits;
import io.followupbot.followup.Form;
import io.followupbot.interview.MemberKey;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings and edit forms for the page, from the same form model as Slack's and Discord's modals: the
 * form as JSON (fields by key, labels, limits, current values, choices), and a submission by field key whose
 * answer joins the conversation like any other.
 */
final class WebForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormEdits forms;
    private final Answered answered;

    /** Keeps the answer to a submission in the member's transcript and returns it as the page shows it. */
    interface Answered {
        List<Map<String, Object>> keep(String sessionId, Reply reply);
    }

    WebForms(final FormEdits forms, final Answered answered) {
        this.forms = forms;
        this.answered = answered;
    }

    void routes(final RoutesConfig routes) {
        routes.get("/api/forms/settings", context -> context.json(json(forms.settingsForm(member(context)))));
        routes.post("/api/forms/settings", context -> submitted(context, values -> forms.settings(member(context), values)));
        routes.get("/api/forms/edit/{number}", context -> number(context).flatMap(number ->
                forms.editForm(member(context), number)).ifPresentOrElse(form -> context.json(json(form)),
                () -> refuse(context, HttpStatus.NOT_FOUND, "You have no interview with that number.")));
        routes.post("/api/forms/edit/{number}", context -> number(context).ifPresentOrElse(number ->
                submitted(context, values -> forms.edit(member(context), number, values)),
                () -> refuse(context, HttpStatus.NOT_FOUND, "You have no interview with that number.")));
    }

    private static MemberKey member(final Context context) {
        return WebSessions.member(WebChat.sessionId(context));
    }

    private static Optional<Integer> number(final Context context) {
        final String digits = context.pathParam("number");
        return digits.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }

    private void submitted(final Context context, final java.util.function.Function<Map<String, String>, Reply> submit) {
        final Optional<Map<String, String>> values = values(context);
        values.ifPresent(found -> context.json(Map.of("messages",
                answered.keep(WebChat.sessionId(context), submit.apply(found)))));
    }

    /** The submitted values by field key, or a refusal already sent. */
    private static Optional<Map<String, String>> values(final Context context) {
        if (context.body().length() > WebChat.MAX_BODY || !String.valueOf(context.contentType())
                .startsWith("application/json")) {
            refuse(context, HttpStatus.BAD_REQUEST, "Send the form as JSON under 16 kB: {\"values\": {...}}.");
            return Optional.empty();
        }
        try {
            final JsonNode values = JSON.readTree(context.body()).path("values");
            final Map<String, String> byKey = new LinkedHashMap<>();
            values.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()) {
                    byKey.put(field.getKey(), field.getValue().asText());
                }
            });
            return Optional.of(byKey);
        } catch (final IOException malformed) {
            refuse(context, HttpStatus.BAD_REQUEST, "That wasn't valid JSON.");
            return Optional.empty();
        }
    }

    static Map<String, Object> json(final Form form) {
        final List<Map<String, Object>> fields = new ArrayList<>();
        for (final Form.FormField field : form.fields()) {
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", field.key());
            json.put("label", field.label());
            json.put("maxLength", field.maxLength());
            json.put("multiline", field.multiline());
            json.put("value", field.fittedValue());
            json.put("choices", field.choices().stream()
                    .map(choice -> Map.of("value", choice.value(), "label", choice.label())).toList());
            fields.add(json);
        }
        return Map.of("title", form.title(), "fields", fields);
    }

    private static void refuse(final Context context, final HttpStatus status, final String message) {
        context.status(status).json(Map.of("error", message));
    }
}
