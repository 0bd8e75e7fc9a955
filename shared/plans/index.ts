/** Payment plans: policy, affordability, schedules, suggestions, summaries and promises to pay. */
export * from './frequency';
export * from './policy';
export * from './affordability';
export * from './schedule';
export * from './suggest';
export * from './summary';
export * from './promises';
export * from './view';
export * from './why';
