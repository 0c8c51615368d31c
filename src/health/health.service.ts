import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Readiness {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
}

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  /** Ready when the database answers; the pool's connection timeout bounds how long this can take. */
  async readiness(): Promise<Readiness> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      return { status: 'unavailable', database: 'down' };
    }
  }
}
