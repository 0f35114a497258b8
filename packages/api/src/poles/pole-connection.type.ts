import { createConnectionType } from '../common/connection';
import { Pole } from './pole.entity';

export const PoleConnection = createConnectionType('Pole', Pole);
export type PoleConnection = InstanceType<typeof PoleConnection>;
