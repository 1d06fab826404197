import { ConnectionType } from '../graphql/connection';
import { AuditEvent } from './audit-event.entity';

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');
