import type { Source } from '../../schemas/municipality.ts';
import { firstagenda } from './firstagenda/firstagenda.ts';
import type { PortalSystem } from './portal-system.ts';

/** Every portal system the fetch reads, by the registry's `source.system`: a second one is one more folder and line here. */
export const portalSystems: Record<Source['system'], PortalSystem> = { firstagenda };
