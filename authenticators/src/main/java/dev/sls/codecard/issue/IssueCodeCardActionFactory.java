package dev.sls.codecard.issue;

import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.core.factory.SlsRequiredActionFactory;

public final class IssueCodeCardActionFactory extends SlsRequiredActionFactory {

    public static final String PROVIDER_ID = CodeCardCredentialProvider.ISSUE_ACTION;
    /** The name admins see; the demo realm's JSON gives the same one. */
    public static final String DISPLAY_NAME = "SLS: Issue Security Code Card";

    public IssueCodeCardActionFactory() {
        super(PROVIDER_ID, DISPLAY_NAME, new IssueCodeCardAction(), CodeCardIssueConfig.properties(),
                CodeCardIssueConfig::validate);
    }
}
