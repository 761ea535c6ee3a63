<#-- The sharing box of the Secure Login settings page (dev.sls.sharing.SharingSection), reading "section". -->
<section id="sls-sharing-section" class="sls-settings-section" data-state="${section.state()}">
    <h2>${msg("slsShareTitle")}</h2>
    <#if section.state() == "none">
        <p>${msg("slsShareSectionNone")}</p>
        <p><a id="sls-share-device" data-kc-action="${section.shareAction()}">${msg("slsShareTitle")}</a></p>
    <#else>
        <p id="sls-sharing-state">${msg("slsShareStatus-" + section.state(), msg(section.deviceName()))}</p>
        <#if section.state() == "approved" && !section.usable()>
            <p class="sls-note">${msg("slsSharedDeviceUnavailable")}</p>
        </#if>
        <p><a id="sls-cancel-sharing" data-kc-action="${section.cancelAction()}">${msg("slsShareCancel")}</a></p>
    </#if>
</section>
