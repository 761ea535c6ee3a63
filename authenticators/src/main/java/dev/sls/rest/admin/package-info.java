/** The admin API's own area, {@code /admin/realms/{realm}/sls/users}: the helpdesk's user search. */
package dev.sls.rest.admin;
