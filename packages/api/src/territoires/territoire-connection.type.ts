import { createConnectionType } from '../common/connection';
import { Territoire } from './territoire.entity';

export const TerritoireConnection = createConnectionType('Territoire', Territoire);
export type TerritoireConnection = InstanceType<typeof TerritoireConnection>;
