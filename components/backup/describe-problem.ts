import type { BackupProblem } from '@/lib/backup/format';
import type { Translate } from '@/lib/i18n';

const megabytes = (bytes: number) => String(Math.round(bytes / (1024 * 1024)));

/** What the user reads when a file cannot be imported: what is wrong, and what to do. */
export function describeProblem(problem: BackupProblem, t: Translate): string {
  switch (problem.kind) {
    case 'empty':
      return t('backupProblemEmpty');
    case 'too-large':
      return t('backupProblemTooLarge', megabytes(problem.bytes), megabytes(problem.limit));
    case 'not-json':
      return t('backupProblemNotJson');
    case 'damaged':
      return t('backupProblemDamaged');
    case 'not-backup':
      return t('backupProblemNotBackup');
    case 'newer':
      return t('backupProblemNewer', problem.version);
    case 'invalid':
      return t('backupProblemInvalid', problem.path || '/', problem.message);
    case 'inconsistent':
      return t('backupProblemInconsistent', problem.detail);
  }
}
