import { Logger } from '@nestjs/common';

// Tests print only errors; a test that wants more raises LOG_LEVEL for its app.
Logger.overrideLogger(['fatal', 'error']);
