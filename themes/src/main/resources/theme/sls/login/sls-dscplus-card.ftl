<#-- The seeds' steps on the DSC+ card (PIN>, CHALLNG>), the challenge, and the simulator's command where asked. -->
<#macro steps card>
    <ol id="sls-dscplus-steps" class="sls-steps">
        <li>${msg(card.pinInComputation?then("slsDscPlusStepPin", "slsDscPlusStepPinLocal"))}</li>
        <li>${msg("slsDscPlusStepChallenge")}</li>
        <li>${msg("slsDscPlusStepResponse", card.responseDigits?c)}</li>
    </ol>
    <p class="sls-challenge-label">${msg("slsDscPlusChallengeLabel")}</p>
    <p id="sls-challenge" class="sls-number">${card.challenge}</p>
    <p id="sls-dscplus-card" class="sls-activation-target">${msg("slsDscPlusCardSerial", card.serial)}</p>
    <#if card.referenceCommand??>
        <p id="sls-reference-app" class="sls-reference-app">${msg("slsDscPlusReferenceCard")}<br/><code>${card.referenceCommand}</code></p>
    </#if>
</#macro>
<#macro numeric field digits>
    <script>
        <#outputformat "JavaScript">
        (function () {
            var input = document.querySelector("input[name='${field}']");
            if (input) {
                input.setAttribute("inputmode", "numeric");
                input.setAttribute("maxlength", ${digits?c} + 2);
                input.setAttribute("spellcheck", "false");
            }
        })();
        </#outputformat>
    </script>
</#macro>
