import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A named value that belongs to this installation as a whole, e.g. when it was set up. */
@Entity({ name: 'system_setting' })
export class SystemSetting {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_system_setting' })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
