/**
 * The capacity planner of a round (DOMAIN.md, Mass testing, sizing): how many sampling points, tables and
 * swabbers a population needs, and whether the planned tables finish within the window. Pure, so the web's
 * planning form runs the same arithmetic as the server.
 */
export interface CapacityAssumptions {
  /** One sampling point per 2,000-3,000 residents. */
  residentsPerPoint: number;
  /** One sampling table per 600-800 residents. */
  residentsPerTable: number;
  /** One sampling group ≈ 1,800 samples a day: 75 an hour around the clock. */
  samplesPerTableHour: number;
  /** Swabbers ≈ population ÷ 360 for a 24-hour round: 15 samples an hour each. */
  samplesPerSwabberHour: number;
}

export const defaultAssumptions: CapacityAssumptions = {
  residentsPerPoint: 2_500,
  residentsPerTable: 700,
  samplesPerTableHour: 75,
  samplesPerSwabberHour: 15,
};

export interface CapacityPlan {
  points: number;
  tables: number;
  swabbers: number;
  /** Hours the planned (or, without a plan, the recommended) tables need for the whole population. */
  hoursNeeded: number;
  /** The plan cannot finish within the window. */
  tooSlow: boolean;
}

export function planCapacity(
  population: number,
  windowHours: number,
  plannedTables?: number,
  assumptions: CapacityAssumptions = defaultAssumptions,
): CapacityPlan {
  const tables = Math.ceil(population / assumptions.residentsPerTable);
  const working = plannedTables ?? tables;
  const hoursNeeded = working > 0 ? population / (working * assumptions.samplesPerTableHour) : Infinity;
  return {
    points: Math.ceil(population / assumptions.residentsPerPoint),
    tables,
    swabbers: windowHours > 0 ? Math.ceil(population / (assumptions.samplesPerSwabberHour * windowHours)) : Infinity,
    hoursNeeded: Math.round(hoursNeeded * 10) / 10,
    tooSlow: population > 0 && hoursNeeded > windowHours,
  };
}
