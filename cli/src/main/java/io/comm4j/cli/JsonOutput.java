package io.comm4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code --json} forms, written with Jackson's streaming API (loaded only when {@code --json} is
 * given). A rank prints:
 *
 * <pre>
 * {"command":"smoke","rank":0,"nranks":2,"backend":"sim","rootinfo":"...","pid":123,"rankSource":"flags",
 *  "status":"pass","exitCode":0,"failedStep":null,"error":null,"totalMs":12.3,
 *  "steps":[{"step":"load","stage":"LOAD","stageCode":10,"status":"ok","ms":0.41,"detail":"backend sim"},...]}
 * </pre>
 *
 * and a launcher one object that holds every rank's object under {@code "ranks"} (see
 * {@link #launch}).
 */
final class JsonOutput {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    static String rank(final RankReport.Header h, final SmokeSequence.Result r) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("command", h.command());
            g.writeNumberField("rank", h.rank());
            g.writeNumberField("nranks", h.nranks());
            g.writeStringField("backend", h.backend());
            g.writeStringField("rootinfo", h.rootInfo());
            g.writeNumberField("pid", h.pid());
            g.writeStringField("rankSource", h.source());
            g.writeStringField("status", r.failed().isPresent() ? "fail" : "pass");
            g.writeNumberField("exitCode", r.exitCode());
            g.writeStringField("failedStep", r.failed().map(StepResult::step).orElse(null));
            g.writeStringField("error", r.failed().map(StepResult::detail).orElse(null));
            g.writeNumberField("totalMs", round(r.nanos() / 1e6));
            g.writeArrayFieldStart("steps");
            for (final StepResult s : r.steps()) {
                g.writeStartObject();
                g.writeStringField("step", s.step());
                g.writeStringField("stage", s.stage().name());
                g.writeNumberField("stageCode", s.stage().exitCode());
                g.writeStringField("status", s.status().word().toLowerCase(Locale.ROOT));
                g.writeNumberField("ms", round(s.millis()));
                g.writeStringField("detail", s.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The launcher's object; a rank whose output was not one JSON object is embedded as text. */
    static String launch(final String command, final LaunchResult result, final long wallNanos) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("command", command);
            g.writeStringField("mode", "launcher");
            g.writeNumberField("nranks", result.ranks().size());
            g.writeStringField("status", result.exitCode() == 0 ? "pass" : "fail");
            g.writeNumberField("exitCode", result.exitCode());
            g.writeNumberField("wallMs", round(wallNanos / 1e6));
            g.writeArrayFieldStart("ranks");
            for (final LaunchResult.RankOutcome o : result.ranks()) {
                g.writeStartObject();
                g.writeNumberField("rank", o.rank());
                g.writeNumberField("exitCode", o.exitCode());
                g.writeStringField("reached", o.reached());
                g.writeBooleanField("killed", o.killed());
                g.writeNumberField("ms", round(o.nanos() / 1e6));
                final Optional<String> obj = singleObject(o.stdout());
                if (obj.isPresent()) {
                    g.writeFieldName("report");
                    g.writeRawValue(obj.get());
                } else {
                    g.writeStringField("output", o.stdout());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The last step named in a rank's JSON object, or empty. */
    static Optional<String> lastStep(final String json) {
        final List<String> steps = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && "step".equals(p.currentName())) {
                    p.nextToken();
                    steps.add(p.getText());
                }
            }
        } catch (final IOException e) {
            return Optional.empty();
        }
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.getLast());
    }

    /** {@code text} when it is exactly one JSON object (surrounding blank space allowed). */
    static Optional<String> singleObject(final String text) {
        final String t = text.strip();
        if (!t.startsWith("{")) {
            return Optional.empty();
        }
        try (JsonParser p = FACTORY.createParser(t)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            p.skipChildren();
            return p.nextToken() == null ? Optional.of(t) : Optional.empty();
        } catch (final IOException e) {
            return Optional.empty();
        }
    }

    private static double round(final double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(final Body body) {
        final StringWriter sw = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            body.write(g);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
