package dev.sls.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Core cannot import a device, so its table names credential types: these must be the devices' own. */
class SeedLimitsTest {

    @Test
    void theSeedsTableNamesTheDevicesByTheirCredentialTypes() {
        assertEquals(Set.of(CodeCardCredentialProvider.DEVICE.credentialType(),
                        IbKeyCredentialProvider.DEVICE.credentialType(), DscPlusCredentialProvider.DEVICE.credentialType()),
                WithdrawalSettings.SEED_LIMITS.keySet());
    }
}
