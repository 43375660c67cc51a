/**
 * Demo data: the generator's public face. The parts live beside it, one concern each:
 * demo-types.ts (shapes and dates), probability-tables.ts, people.ts, ikdp.ts, itkfdp.ts,
 * enterprise.ts and case-common.ts.
 */
export {
  DEMO_AS_OF,
  DEMO_LAST_MONTH,
  DEMO_FIRST_MONTH,
  MAX_DEMO_ENTERPRISES,
  type DemoProgram,
  type DemoApplicationStatus,
  type DemoUserRole,
  type DemoUser,
  type DemoWorkplace,
  type DemoDocumentKind,
  type DemoDocument,
  type DemoMonitoringVisit,
  type DemoIkdpRequest,
  type DemoIkdpApplication,
  type DemoInstalment,
  type DemoLoan,
  type DemoCommittedPerson,
  type DemoItkfdpRequest,
  type DemoClawback,
  type DemoItkfdpApplication,
  type DemoApplication,
  type DemoEnterprise,
  type DemoCall,
} from './demo-types';
export { generateDemoEnterprises } from './enterprise';
export { generateDemoStaff } from './people';
export { DEMO_ITKFDP_CALLS, DEMO_STATUSES, DEMO_ENTERPRISES_FOR_EVERY_STATE } from './probability-tables';
