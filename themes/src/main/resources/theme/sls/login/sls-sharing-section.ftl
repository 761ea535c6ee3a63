<#-- The sharing box of the Secure Login settings page (dev.sls.sharing.SharingSection), reading "section".
     "Cancel sharing" is a button of the settings page's own form (sls-settings-form). -->
<section id="sls-sharing-section" class="sls-settings-box" data-state="${section.state()}" aria-labelledby="sls-sharing-title">
    <h2 id="sls-sharing-title" class="sls-settings-box-title">${msg("slsShareTitle")}</h2>
    <#if section.state() == "none">
        <p class="sls-settings-text">${msg("slsShareSectionNone")}</p>
    <#else>
        <p id="sls-sharing-state" class="sls-settings-text">${msg("slsShareStatus-" + section.state(), msg(section.deviceName()))}</p>
        <#if section.state() == "approved" && !section.usable()>
            <p class="sls-note">${msg("slsSharedDeviceUnavailable")}</p>
        </#if>
    </#if>
    <div class="sls-settings-actions">
        <#if section.shareUrl()??>
            <a id="sls-share-device" class="${properties.kcButtonSecondaryClass!}" href="${section.shareUrl()}">${msg("slsSettingsShareDevice")}</a>
        </#if>
        <#if section.cancel()??>
            <button id="sls-cancel-sharing" form="sls-settings-form" type="submit" name="sls-settings" value="${section.cancel()}"
                    class="${properties.kcButtonSecondaryClass!}">${msg("slsShareCancel")}</button>
        </#if>
    </div>
</section>
