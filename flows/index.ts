/** Every flow the service can run, by id. New conversations start in DEFAULT_FLOW_ID. */
import type { HotlineFlowServices } from './hotline/hotline-services.js';
import { hotlineFlow } from './hotline.flow.js';

export const FLOWS = new Map([[hotlineFlow.id, hotlineFlow]] as const);
export const DEFAULT_FLOW_ID = hotlineFlow.id;

/** The services every flow here reads from `env.services`: what the host must supply. */
export type FlowServices = HotlineFlowServices;
