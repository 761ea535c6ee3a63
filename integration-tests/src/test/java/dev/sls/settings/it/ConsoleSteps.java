package dev.sls.settings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.Given;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.testkit.AdminClient;
import java.util.Set;

/** People for the account console's tests: a code card, the realm's default roles, and a line of device history. */
final class ConsoleSteps {

    static final String REALM = AccountSteps.REALM;

    private ConsoleSteps() {
    }

    /**
     * A person with bob's code card and the realm's default roles (manage-account, view-profile: a partial import
     * grants none), whose history holds temporary access Client Services issued and retired.
     */
    static TestUser person(AdminClient admin, String prefix) {
        TestUser person = withoutAccountRoles(admin, prefix);
        admin.post("/" + REALM + "/users/" + person.id() + "/role-mappings/realm",
                new ObjectMapper().createArrayNode().add(admin.get("/" + REALM + "/roles/default-roles-" + REALM)));
        String path = "/" + REALM + "/sls/temporary/users/" + person.id();
        AdminClient.Response issued = admin.send("POST", path, AdminClient.object().put("kind", "code"));
        assertEquals(201, issued.status(), issued.body());
        AdminClient.Response retired = admin.send("DELETE", path, null);
        assertEquals(204, retired.status(), retired.body());
        return person;
    }

    /** A person with bob's code card and no role at all. */
    static TestUser withoutAccountRoles(AdminClient admin, String prefix) {
        return ChooserSteps.person(admin, prefix, Set.of(Given.CODE_CARD));
    }
}
