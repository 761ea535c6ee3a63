/**
 * Device: temporary access issued by Client Services (F14) — temporary code and online code card.
 * Never imports another device; takes part in capabilities through their interfaces.
 */
package dev.sls.temporary;
