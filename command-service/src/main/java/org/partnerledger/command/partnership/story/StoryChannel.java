package org.partnerledger.command.partnership.story;

/** Where a story may be told: to funders only, in the partnership's public reports, or on social media. */
public enum StoryChannel {
    FUNDER_VIEW, PUBLIC_REPORT, SOCIAL_MEDIA
}
