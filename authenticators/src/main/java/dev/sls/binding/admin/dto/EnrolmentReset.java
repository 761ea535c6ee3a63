package dev.sls.binding.admin.dto;

/** {@code POST enrolment/users/{user}/reset}: whose enrolment was reset, when and by whom. */
public record EnrolmentReset(String userId, String resetAt, String resetBy) {
}
