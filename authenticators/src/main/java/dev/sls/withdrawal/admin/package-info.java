/** The withdrawal admin API, {@code /admin/realms/{realm}/sls/withdrawal}: the realm's settings, recorded withdrawals. */
package dev.sls.withdrawal.admin;
