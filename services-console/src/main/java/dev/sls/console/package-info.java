/**
 * The Client Services console: the helpdesk's and compliance's web page, served at
 * {@code /realms/{realm}/sls-console/} from the class path; it logs in through the realm and calls only the admin API.
 */
package dev.sls.console;
