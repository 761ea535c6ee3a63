<#-- Notices in Keycloak's own alert style: info for what happened, warning for what the person must heed. -->
<#macro info id>
    <div id="${id}" class="${properties.kcAlertClass!} pf-m-info" role="status">
        <div class="${properties.kcAlertIconClass!}"><span class="${properties.kcFeedbackInfoIcon!}"></span></div>
        <span class="${properties.kcAlertTitleClass!}"><#nested></span>
    </div>
</#macro>
<#macro warning id>
    <div id="${id}" class="${properties.kcAlertClass!} pf-m-warning" role="note">
        <div class="${properties.kcAlertIconClass!}"><span class="${properties.kcFeedbackWarningIcon!}"></span></div>
        <span class="${properties.kcAlertTitleClass!}"><#nested></span>
    </div>
</#macro>
<#-- The command of the pack's reference phone app, shown when the realm asks for it (demo and test realms). -->
<#macro referenceApp>
    <#if slsReferenceApp??>
        <p id="sls-reference-app" class="sls-reference-app">${msg("slsReferenceApp")}<br/><code>${slsReferenceApp}</code></p>
    </#if>
</#macro>
