package dev.sls.sms.credential;

import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.core.device.DeviceType;
import dev.sls.mobile.device.NumberDevice;
import dev.sls.sms.credential.dto.SmsCredentialData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.keycloak.credential.CredentialInput;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * SMS (and voice) codes as a second factor. The person sets it up by verifying a mobile number; one with no other
 * device is enrolled automatically when the number is verified.
 */
public final class SmsCredentialProvider extends SlsCredentialProvider<SmsCredentialModel> implements NumberDevice {

    /** Set up by verifying a mobile number (also the account console's "set up" action). */
    public static final DeviceType DEVICE = new DeviceType(SmsCredentialModel.TYPE, "SMS and voice codes",
            NumberDevice.VERIFY_ACTION, 2);

    SmsCredentialProvider(KeycloakSession session) {
        super(session, DEVICE, SmsCredentialModel::createFromCredentialModel);
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (!(input instanceof SmsCodeAnswer answer) || answer.sent() == null || input.getCredentialId() == null
                || active(user).filter(c -> c.getId().equals(input.getCredentialId())).isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(answer.sent().getBytes(StandardCharsets.US_ASCII),
                answer.getChallengeResponse().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean isEnrolled(UserModel user) {
        return active(user).isPresent();
    }

    @Override
    public boolean enrol(RealmModel realm, UserModel user, boolean chosen) {
        if (isEnrolled(user)) {
            return false;
        }
        createCredential(realm, user, SmsCredentialModel.create(
                chosen ? SmsCredentialData.CHOSEN : SmsCredentialData.AUTOMATIC));
        return true;
    }
}
