<#-- The sharing box of the Secure Login settings page (dev.sls.sharing.SharingSection), reading "section".
     "Share Device" itself is the settings page's own link. -->
<section id="sls-sharing-section" class="sls-settings-section" data-state="${section.state()}">
    <h2>${msg("slsShareTitle")}</h2>
    <#if section.state() == "none">
        <p>${msg("slsShareSectionNone")}</p>
    <#else>
        <p id="sls-sharing-state">${msg("slsShareStatus-" + section.state(), msg(section.deviceName()))}</p>
        <#if section.state() == "approved" && !section.usable()>
            <p class="sls-note">${msg("slsSharedDeviceUnavailable")}</p>
        </#if>
        <#if section.cancelUrl()??>
            <p><a id="sls-cancel-sharing" class="sls-settings-link" href="${section.cancelUrl()}">${msg("slsShareCancel")}</a></p>
        </#if>
    </#if>
</section>
