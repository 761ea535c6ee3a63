<#-- The Secure Login Settings box of the settings page (opt-out capability); its model is "section". -->
<section id="sls-optout-box" class="sls-settings-box" aria-labelledby="sls-optout-box-title">
    <h2 id="sls-optout-box-title" class="sls-settings-box-title">${msg("slsOptOutBoxTitle")}
        <#if section.configureUrl()??>
            <a id="sls-optout-configure" class="sls-settings-configure" href="${section.configureUrl()}"
               title="${msg("slsOptOutConfigure")}"><span aria-hidden="true">&#9881;</span> ${msg("slsOptOutConfigure")}</a>
        </#if>
    </h2>
    <p id="sls-optout-state" data-sls-opted-out="${section.optedOut()?c}"><#if section.optedOut()>${msg("slsOptOutStateNotRequired")}<#else>${msg("slsOptOutStateAlways")}</#if></p>
</section>
