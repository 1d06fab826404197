import { IMPORT_LIMITS } from '@leitstand/shared-domain';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { FileProblem } from './import.reader';
import { ImportService } from './import.service';

/** A body that is too large, or that cannot be read, is the client's mistake: 413 or 400 in the import's own answer. */
function bodyErrors(error: unknown, request: Request, response: Response, next: NextFunction): void {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  const problem =
    status === 413
      ? new FileProblem('TOO_LARGE', `The file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB`)
      : new FileProblem('BROKEN_WORKBOOK', 'The request body cannot be read');
  response.status(status).json(ImportService.refusedFile(problem, request.query.dryRun !== 'false'));
}

/** For the import: the body as it is (a workbook or a CSV file), at most 10 MB. */
export function importBodyLimits(): (RequestHandler | typeof bodyErrors)[] {
  return [express.raw({ type: () => true, limit: IMPORT_LIMITS.bytes }), bodyErrors];
}
