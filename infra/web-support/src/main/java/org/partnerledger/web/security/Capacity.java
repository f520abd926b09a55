package org.partnerledger.web.security;

/**
 * In which capacity a partnership's history admits an organisation; an organisation may hold several (the
 * coordinating partner is a partner too).
 */
public enum Capacity {
    /** The partner that coordinates: its coordinators may issue every command. */
    COORDINATING,
    /** A current partner: its members issue what a partner does. */
    PARTNER,
    /** A funder of a recorded grant: its people see the funder views. */
    FUNDER,
    /** An organisation a coordinator granted auditor access: its auditors read the whole history. */
    AUDITOR
}
