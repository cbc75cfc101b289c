package org.citycast.society.accounts;

/** The realm roles ADMIN grants a pool expert. */
enum ExpertRole {
    /** Member of the expert committee (评审专家): reviews what is assigned, never what they are conflicted with. */
    REVIEWER,
    /** An expert in the pool: keeps their own profile, files advice proposals. */
    EXPERT
}
