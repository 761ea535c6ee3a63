package dev.sls.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The console's built files on the class path (under {@value #FOLDER}), read once each. Only plain file names of
 * the known types are served: no folders, no dot files, nothing else of the jar. Only files that exist are kept, so
 * names a stranger makes up cannot grow the map.
 */
final class ConsoleFiles {

    static final String FOLDER = "dev/sls/console/web/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}\\.(html|js|css|svg|png|json)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json; charset=utf-8");
    private static final Map<String, File> CACHE = new ConcurrentHashMap<>();

    record File(byte[] bytes, String contentType, String etag) {
    }

    private ConsoleFiles() {
    }

    /** The file of this name, or null when there is none (or the name is not one the console has). */
    static File get(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return null;
        }
        return CACHE.computeIfAbsent(name, ConsoleFiles::load);
    }

    static String contentType(String name) {
        return TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    }

    private static File load(String name) {
        try (InputStream in = ConsoleFiles.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16)
                    + "\"";
            return new File(bytes, contentType(name), etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
