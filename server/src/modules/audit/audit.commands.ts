import type { ModuleCommands } from '../../core/cli.ts';
import { verifyAuditChain } from '../../core/audit/verify.ts';

export const auditCommands: ModuleCommands = (program, withDb) => {
  const audit = program.command('audit').description('audit log / 审计日志');
  audit
    .command('verify')
    .description('check the hash chain of the whole audit log; exits 1 at the first broken row')
    .action(async () => {
      const report = await withDb((db) => verifyAuditChain(db));
      if (report.ok) {
        console.log(`audit chain intact: ${report.checked} rows verified`);
        return;
      }
      console.error(
        `audit chain BROKEN at row ${report.broken?.id}: ${report.broken?.reason} (${report.checked} rows before it verified)`,
      );
      process.exitCode = 1;
    });
};
