package dev.sls.sms.credential;

import dev.sls.core.credential.StoredCredentials;
import dev.sls.sms.credential.dto.SmsCredentialData;
import java.io.IOException;
import java.util.Set;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/** A user's SMS second factor as Keycloak stores it: an enrolment marker without any secret of its own. */
public final class SmsCredentialModel extends CredentialModel {

    public static final String TYPE = "sls-sms";
    private static final Set<String> ENROLMENTS = Set.of(SmsCredentialData.AUTOMATIC, SmsCredentialData.CHOSEN);

    private final SmsCredentialData data;

    private SmsCredentialModel(SmsCredentialData data) {
        this.data = data;
    }

    public static SmsCredentialModel create(String enrolment) {
        SmsCredentialData data = new SmsCredentialData(enrolment);
        validate(data);
        SmsCredentialModel model = new SmsCredentialModel(data);
        model.setType(TYPE);
        model.setCredentialData(StoredCredentials.json(TYPE, data));
        model.setSecretData("{}");
        return model;
    }

    /** @throws IllegalArgumentException when the stored data is not an SMS enrolment */
    public static SmsCredentialModel createFromCredentialModel(CredentialModel stored) {
        SmsCredentialData data;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), SmsCredentialData.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable " + TYPE + " credential data");
        }
        validate(data);
        return StoredCredentials.copyStored(stored, TYPE, new SmsCredentialModel(data));
    }

    private static void validate(SmsCredentialData data) {
        if (data == null || !ENROLMENTS.contains(data.enrolment())) {
            throw new IllegalArgumentException(TYPE + " credential needs an enrolment of " + ENROLMENTS);
        }
    }

    public SmsCredentialData data() {
        return data;
    }
}
