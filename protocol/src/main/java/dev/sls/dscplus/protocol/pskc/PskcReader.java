package dev.sls.dscplus.protocol.pskc;

import static dev.sls.dscplus.protocol.pskc.PskcXml.DS;
import static dev.sls.dscplus.protocol.pskc.PskcXml.PSKC;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the cards of a PSKC file (RFC 6030): plain values, values encrypted with a pre-shared AES key or with a key
 * derived from a password (PBKDF2), each authenticated by its MAC; several key packages per file; the OCRA suite
 * and the serial from the file. Every problem is collected, each naming its key package, so the admin sees all of
 * them at once; a file with any problem imports nothing. Nothing here throws for what is in the file.
 */
public final class PskcReader {

    public static final int MAX_FILE_BYTES = 1 << 20;
    public static final int MAX_KEY_PACKAGES = 1000;
    private static final String VERSION = "1.0";

    private PskcReader() {
    }

    /** Never throws for what is in the file: a failure of the reader itself is a problem of the file, too. */
    public static PskcResult read(byte[] file, TransportKey transport) {
        try {
            return readChecked(file, transport);
        } catch (RuntimeException | StackOverflowError e) {
            return failure("the file could not be read (" + e.getClass().getSimpleName() + " in the reader); nothing"
                    + " was imported");
        }
    }

    private static PskcResult readChecked(byte[] file, TransportKey transport) {
        if (file == null || file.length == 0 || file.length > MAX_FILE_BYTES) {
            return failure("the file must be 1 byte to 1 MiB long");
        }
        Element container;
        PskcEncryption encryption;
        List<String> warnings = new ArrayList<>();
        try {
            Document document = PskcXml.parse(file);
            container = document.getDocumentElement();
            if (!PSKC.equals(container.getNamespaceURI()) || !"KeyContainer".equals(container.getLocalName())) {
                return failure("not a PSKC file: the root must be <KeyContainer> in namespace " + PSKC);
            }
            if (!VERSION.equals(container.getAttribute("Version"))) {
                return failure("unsupported PSKC version '" + container.getAttribute("Version") + "' (1.0 is)");
            }
            if (PskcXml.child(container, PSKC, "Signature").isPresent()
                    || PskcXml.child(container, DS, "Signature").isPresent()) {
                warnings.add("the file is signed; the signature is not checked (the upload itself is authenticated)");
            }
            encryption = PskcEncryption.of(container, transport);
        } catch (PskcException e) {
            return failure(e.getMessage());
        }
        try {
            return readPackages(container, encryption, warnings);
        } finally {
            encryption.wipe();
        }
    }

    private static PskcResult readPackages(Element container, PskcEncryption encryption, List<String> warnings) {
        List<Element> packages = PskcXml.children(container, PSKC, "KeyPackage");
        if (packages.isEmpty()) {
            return failure("the file has no KeyPackage");
        }
        if (packages.size() > MAX_KEY_PACKAGES) {
            return failure("the file has more than " + MAX_KEY_PACKAGES + " key packages; split it");
        }
        KeyPackageReader reader = new KeyPackageReader(encryption);
        List<PskcProblem> problems = new ArrayList<>();
        List<KeyPackageReader.Read> read = new ArrayList<>();
        Map<String, Integer> keyIds = new HashMap<>();
        for (int i = 0; i < packages.size(); i++) {
            int position = i + 1;
            try {
                KeyPackageReader.Read one = reader.read(position, packages.get(i));
                Integer earlier = keyIds.putIfAbsent(one.keyId(), position);
                if (earlier != null) {
                    throw new PskcException("key Id " + one.keyId() + " is also used by key package " + earlier);
                }
                read.add(one);
                warnings.addAll(one.warnings());
            } catch (PskcException e) {
                problems.add(new PskcProblem(position, keyIdOf(packages.get(i)), null, e.getMessage()));
            }
        }
        List<PskcCard> cards = new ArrayList<>();
        Set<String> pinKeys = new HashSet<>();
        read.stream().filter(r -> r.card() == null).forEach(r -> pinKeys.add(r.keyId()));
        for (KeyPackageReader.Read one : read) {
            if (one.card() == null) {
                continue;
            }
            if (one.pinKeyId() != null && !pinKeys.contains(one.pinKeyId())) {
                problems.add(problem(one.card(), "PINKeyId " + one.pinKeyId() + " names no PIN key package"));
            }
            for (PskcCard earlier : cards) {
                if (earlier.serial().equals(one.card().serial()) && earlier.overlaps(one.card())) {
                    problems.add(problem(one.card(), "serial " + one.card().serial() + " is also key package "
                            + earlier.keyPackage() + " for the same period"));
                }
            }
            cards.add(one.card());
        }
        if (!problems.isEmpty()) {
            cards.forEach(PskcCard::wipe);
            return new PskcResult(List.of(), problems, warnings);
        }
        if (cards.isEmpty()) {
            return failure("the file holds no card, only PIN key packages");
        }
        return new PskcResult(cards, List.of(), warnings);
    }

    private static PskcProblem problem(PskcCard card, String problem) {
        return new PskcProblem(card.keyPackage(), card.keyId(), card.serial(), problem);
    }

    private static String keyIdOf(Element keyPackage) {
        return PskcXml.children(keyPackage, PSKC, "Key").stream().findFirst()
                .flatMap(key -> PskcXml.attribute(key, "Id")).map(PskcXml::shortened).orElse(null);
    }

    private static PskcResult failure(String problem) {
        return new PskcResult(List.of(), List.of(PskcProblem.ofFile(problem)), List.of());
    }
}
