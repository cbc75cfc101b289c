/** The enumerations of expert-service, in the order people pick from them. */
export const CATEGORIES = ['SCIENCE', 'ENGINEERING', 'AGRICULTURE', 'MEDICINE', 'URBAN_CONSTRUCTION', 'INFORMATION', 'ENERGY_ENVIRONMENT', 'ECONOMY_MANAGEMENT'] as const;
export const TITLE_LEVELS = ['FULL_SENIOR', 'ASSOCIATE_SENIOR', 'INTERMEDIATE', 'JUNIOR', 'NONE'] as const;
export const STAGES = ['NOMINATION', 'INITIAL_CHECK', 'RECHECK', 'COMPILATION', 'EXPERT_REVIEW', 'INSPECTION', 'PUBLIC_NOTICE', 'COMMENDATION'] as const;
export type Stage = (typeof STAGES)[number];

/** The stage after `stage`, the only one a programme may move to. */
export function nextStage(stage?: string): Stage | undefined {
  const at = STAGES.indexOf(stage as Stage);
  return at >= 0 && at < STAGES.length - 1 ? STAGES[at + 1] : undefined;
}

/** Stages whose outcome ADMIN records per nomination (the others are the programme's own steps). */
export const DECIDED_STAGES: readonly Stage[] = ['INITIAL_CHECK', 'RECHECK', 'EXPERT_REVIEW', 'INSPECTION'];
