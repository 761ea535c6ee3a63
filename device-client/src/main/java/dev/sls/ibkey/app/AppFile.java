package dev.sls.ibkey.app;

import dev.sls.core.signing.DeviceKeys;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** The app's state as a JSON file, for the CLI: written to a temporary file next to it, then moved over it. */
final class AppFile {

    static final String FORMAT = "sls-ibkey-app";
    static final int VERSION = 1;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    record Stored(String format, int version, String deviceId, String deviceName, String platform, String publicKey,
                  String privateKey, String pushProvider, String pushToken, List<IbKeyUser> users) {
    }

    private AppFile() {
    }

    static void write(Path file, Stored state) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", attributes);
        try {
            Files.write(temp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static Stored read(Path file) throws IOException {
        Stored state = Json.MAPPER.readValue(file.toFile(), Stored.class);
        if (state == null || !FORMAT.equals(state.format())) {
            throw new IOException(file + " is not an IB Key app state file");
        }
        if (state.version() != VERSION) {
            throw new IOException(file + " has state version " + state.version() + ", this app reads " + VERSION);
        }
        if (state.deviceId() == null || state.platform() == null || state.publicKey() == null
                || state.privateKey() == null) {
            throw new IOException(file + " lacks the device id, platform or key pair");
        }
        return state;
    }

    static String encodePrivate(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    static KeyPair keyPair(Stored state) throws IOException {
        PublicKey publicKey;
        try {
            publicKey = DeviceKeys.decodePublic(state.publicKey());
        } catch (IllegalArgumentException e) {
            throw new IOException("the stored device public key is not valid: " + e.getMessage(), e);
        }
        try {
            byte[] pkcs8 = Base64.getDecoder().decode(state.privateKey());
            return new KeyPair(publicKey, KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IOException("the stored device private key is not a valid PKCS#8 EC key", e);
        }
    }
}
