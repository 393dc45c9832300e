package it.mutua.app.kernel;

import java.io.Reader;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonNumber;
import jakarta.json.spi.JsonProvider;

/**
 * JSON-P builders and readers from one provider looked up once.
 *
 * <p>Why not {@code jakarta.json.Json.createObjectBuilder()}: every such call looks the provider up again through
 * {@code ServiceLoader} (and an OSGi probe by {@code Class.forName}); under Liberty that lookup was about 6% of the CPU
 * of a claim submission in a JFR profile (docs/PERFORMANCE.md). Providers are thread-safe, so one is enough.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonString value(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber value(int value) {
        return PROVIDER.createValue(value);
    }
}
