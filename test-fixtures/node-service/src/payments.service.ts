import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

// A NestJS service: its Logger and values read through ConfigService.
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(private readonly config: ConfigService) {}

  start() {
    this.logger.log(`listening on ${this.config.get('PORT')}`); // ok: a port
    this.logger.debug(`webhook secret ${this.config.getOrThrow<string>('stripe.webhookSecret')}`); // leak: a secret setting
  }
}
