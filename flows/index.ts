/** Every flow the service can run, by id. New conversations start in DEFAULT_FLOW_ID. */
import { hotlineFlow } from './hotline.flow.js';

export const FLOWS = new Map([[hotlineFlow.id, hotlineFlow]] as const);
export const DEFAULT_FLOW_ID = hotlineFlow.id;
