package org.partnerledger.command.partnership.lesson;

/** Whether a lesson is about what is working or about what is not. */
enum LessonKind {
    WORKING, NOT_WORKING
}
