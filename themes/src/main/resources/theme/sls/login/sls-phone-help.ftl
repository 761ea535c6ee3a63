<#-- "Didn't receive a security code?": the two options of the seeds (SMS again or a voice callback) and their tips. -->
<#macro help open=false>
    <details id="sls-code-help" class="sls-code-help"<#if open> open</#if>>
        <summary id="sls-no-code">${msg("slsPhoneNoCode")}</summary>
        <form id="sls-resend-form" class="${properties.kcFormClass!} sls-resend" action="${url.loginAction}" method="post">
            <p>${msg("slsPhoneResendChoice")}</p>
            <div class="sls-resend-options">
                <button id="sls-resend-sms" type="submit" name="sls-action" value="resend-sms"
                        class="${properties.kcButtonSecondaryClass!}">${msg("slsPhoneChannelSms")}</button>
                <button id="sls-resend-voice" type="submit" name="sls-action" value="resend-voice"
                        class="${properties.kcButtonSecondaryClass!}">${msg("slsPhoneChannelVoice")}</button>
            </div>
            <p class="sls-hint">${msg("slsPhoneVoiceHint")}</p>
        </form>
        <ul id="sls-code-tips" class="sls-tips">
            <li>${msg("slsPhoneTipDelay")}</li>
            <li>${msg("slsPhoneTipRestart")}</li>
            <li>${msg("slsPhoneTipRoaming")}</li>
            <li>${msg("slsPhoneTipHours")}</li>
            <li>${msg("slsPhoneTipDoNotCall")}</li>
            <li>${msg("slsPhoneTipVirtual")}</li>
            <li>${msg("slsPhoneTipOtherDevice")}</li>
        </ul>
    </details>
</#macro>

<#-- A send the message service has not answered yet: sls-wait.js long-polls the send's watch; once it went out the
     notice (element noticeId) says sentText in place, otherwise the script asks the server what became of it
     (sls-action=send-status). Without script a button does the same. -->
<#macro sendStatus waitUrl expiresIn noticeId sentText>
    <form id="sls-send-status" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
          data-sls-wait-url="${waitUrl}" data-sls-expires-in="${expiresIn?c}"
          data-sls-notice="${noticeId}" data-sls-in-place-sent="${sentText}">
        <input type="hidden" name="sls-action" value="send-status"/>
        <noscript>
            <button id="sls-send-check" type="submit" name="sls-action" value="send-status"
                    class="${properties.kcButtonSecondaryClass!}">${msg("slsSmsSendCheck")}</button>
        </noscript>
    </form>
    <script src="${url.resourcesPath}/js/sls-wait.js" defer></script>
</#macro>
