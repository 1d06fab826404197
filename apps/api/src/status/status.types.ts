import { ConnectionType } from '../graphql/connection';
import { StatusUpdate } from './status-update.entity';

export const StatusUpdateConnection = ConnectionType(StatusUpdate, 'StatusUpdate');
