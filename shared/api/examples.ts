/**
 * One real request and answer per route, recorded from the integration tests (arrays cut to two
 * items, the host made neutral) and shown in the OpenAPI document. Only the document's generator
 * imports this module, so no function carries it; test/unit/openapi.test.ts checks every example
 * against its route's schemas, so an example cannot drift from the contract. A retried filing
 * (200) answers as the first one did (201).
 */
export interface RouteExamples {
  request?: unknown;
  responses: Record<string, unknown>;
}

export const examples: Record<string, RouteExamples> = {
  ApproveGrant: {
    responses: {
      '200': {
        grantId: 'af634fb6-ad0e-44d6-82c8-6acc0ed5d837',
        username: 'pham.chu.nhiem',
        groups: ['chair', 'intake'],
        committees: ['ubkt-1'],
        basedOn: {
          groups: ['intake'],
          committees: [],
        },
        requestedBy: 'admin',
        requestedAt: '2026-12-01T21:53:54.401Z',
        status: 'approved',
        approvedBy: 'admin-2',
        approvedAt: '2026-12-01T21:53:54.607Z',
      },
    },
  },
  GetAdminLog: {
    responses: {
      '200': {
        events: [
          {
            data: {
              groups: ['investigator'],
              committees: ['ubkt-2'],
              target: 'nguyen.b',
            },
            prevHash: '28198c1a1526af5449e77d3365b6e1651fe167f6dbb66f88df74d6f7953920df',
            actor: {
              id: 'admin',
              role: 'admin',
            },
            at: '2026-12-01T21:53:53.648Z',
            caseId: 'admin-log',
            action: 'staff_created',
            from: null,
            to: null,
            seq: 1,
            hash: '689d4b7fbbf78e24930f695f246b281a494f5a986c80279d260aa38055e56b64',
          },
          {
            data: {
              groups: ['investigator', 'intake'],
              committees: ['ubkt-2'],
              target: 'nguyen.b',
            },
            prevHash: '689d4b7fbbf78e24930f695f246b281a494f5a986c80279d260aa38055e56b64',
            actor: {
              id: 'admin',
              role: 'admin',
            },
            at: '2026-12-01T21:53:53.732Z',
            caseId: 'admin-log',
            action: 'staff_updated',
            from: null,
            to: null,
            seq: 2,
            hash: 'ddc6591cdd050ab93d4498f08c336d4aa783e99ff1e1561e989a5fcd55fd3368',
          },
        ],
        head: {
          seq: 2,
          headHash: 'ddc6591cdd050ab93d4498f08c336d4aa783e99ff1e1561e989a5fcd55fd3368',
        },
      },
    },
  },
  GetAttachment: {
    responses: {
      '200': {
        url: '/blob/uploads/2026-12/b92207d0-a11c-4605-b59d-3efb5c61f642?op=get&exp=1796162337&name=quyet-dinh.pdf&sig=Z_EqyXY8gcarGwCSl15AzSm077LG9pMp5jLxBEEMEmQ',
        fileName: 'quyet-dinh.pdf',
        contentType: 'application/pdf',
        size: 65,
        expiresInSeconds: 300,
      },
    },
  },
  GetAudit: {
    responses: {
      '200': {
        caseId: '6e236696-2039-4993-b864-2814a3e9bd16',
        events: [
          {
            data: {
              requestHash: '0089304c7774b21b3f56e255b78ca8e4971e24c9a8cb07013ae74db0e0fb8831',
              track: 'complaint_1',
              legalNoticeVersion: '2026.1',
              kind: 'complaint',
            },
            prevHash: '1c5df7651414acd5a66f11130bdeb11b5d85c497088ac286eed5a5d25a5b662d',
            actor: 'public',
            at: '2026-12-01T21:53:13.656Z',
            caseId: '6e236696-2039-4993-b864-2814a3e9bd16',
            action: 'submit',
            from: null,
            to: 'screening',
            seq: 1,
            hash: 'e5091b367e3eef3b613301b33c2d1ed1f56f448c01b5527e41eab3824208d091',
          },
          {
            data: {
              audience: 'filer',
              type: 'acknowledgement',
              channels: ['post', 'tracking'],
              notice: '1-acknowledgement-filer',
            },
            prevHash: 'e5091b367e3eef3b613301b33c2d1ed1f56f448c01b5527e41eab3824208d091',
            actor: 'system',
            at: '2026-12-01T21:53:13.858Z',
            caseId: '6e236696-2039-4993-b864-2814a3e9bd16',
            action: 'notice',
            from: 'screening',
            to: 'screening',
            seq: 2,
            hash: 'debef3f743c04d16ac020df02e90506c7dc66d8180939a3f115aeee82621dfe4',
          },
        ],
      },
    },
  },
  GetCase: {
    responses: {
      '200': {
        case: {
          caseId: '6e236696-2039-4993-b864-2814a3e9bd16',
          reference: 'KN-2612-82EB75F3',
          kind: 'complaint',
          track: 'complaint_1',
          instance: 1,
          anonymous: false,
          committee: 'ubkt-1',
          status: 'screening',
          version: 1,
          seq: 2,
          headHash: 'debef3f743c04d16ac020df02e90506c7dc66d8180939a3f115aeee82621dfe4',
          submissionHash: 'e5091b367e3eef3b613301b33c2d1ed1f56f448c01b5527e41eab3824208d091',
          receivedAt: '2026-12-01T21:53:13.656Z',
          receivedOn: '2026-12-02',
          channel: 'web',
          locale: 'vi',
          field: 'land_housing',
          remoteArea: false,
          complexity: 'normal',
          profileId: 'vn-state-law',
          profileVersion: '2019.1',
          legalNoticeVersion: '2026.1',
          pseudonym: 'Người khiếu nại #MJ',
          content: 'Tôi khiếu nại quyết định thu hồi đất vì diện tích thu hồi không đúng hiện trạng.',
          location: {
            province: 'Hà Nội',
            commune: 'Phường Ba Đình',
          },
          details: {
            signerCount: 1,
            respondent: {
              name: 'UBND phường Ba Đình',
              address: 'Số 1 Phố Đội Cấn, Hà Nội',
            },
            representatives: [],
            learnedOn: '2026-11-12',
            subject: {
              number: '123/QĐ-UBND',
              description: 'Quyết định thu hồi đất',
              type: 'decision',
              issuer: 'UBND phường',
            },
          },
          excludedStaff: [],
          namedPersons: ['UBND phường Ba Đình'],
          exclusions: [],
          assignees: [],
          clocks: [
            {
              name: 'acceptance',
              startedOn: '2026-12-02',
              dayType: 'calendar',
              days: 10,
              extensions: 0,
              pauses: [],
              basis: 'Luật Khiếu nại 2011, Điều 27',
              state: 'running',
              dueOn: '2026-12-14',
              dueAt: '2026-12-14T17:00:00.000Z',
            },
          ],
          history: [
            {
              at: '2026-12-01T21:53:13.656Z',
              status: 'received',
            },
            {
              at: '2026-12-01T21:53:13.656Z',
              status: 'screening',
            },
          ],
          dueAt: '2026-12-14T17:00:00.000Z',
          updatedAt: '2026-12-01T21:53:13.656Z',
          awaiting: 'screening',
          dialogues: 0,
          links: {},
          pendingNotices: [],
          publicMessages: [
            {
              at: '2026-12-01T21:53:13.858Z',
              type: 'acknowledgement',
              from: 'committee',
              text: {
                vi: 'Cơ quan đã tiếp nhận đơn của ông/bà, số tham chiếu KN-2612-82EB75F3, loại: Khiếu nại lần đầu.\nHạn: 14/12/2026 (Luật Khiếu nại 2011, Điều 27)',
                en: 'Your letter was received, reference KN-2612-82EB75F3, kind: Complaint, first instance.\nacceptance due: 14/12/2026 (Luật Khiếu nại 2011, Điều 27)',
              },
            },
          ],
          alertsSent: [],
          overdue: [],
          scheduled: ['acceptance:50:2026-12-14T17:00:00.000Z', 'acceptance:75:2026-12-14T17:00:00.000Z'],
          reopenCount: 0,
          attachments: [],
          statusLabel: {
            vi: 'Đang phân loại',
            en: 'Screening',
          },
          risk: 'ok',
          deadlines: [
            {
              name: 'acceptance',
              state: 'running',
              startedOn: '2026-12-02',
              days: 10,
              dayType: 'calendar',
              extensions: 0,
              paused: false,
              pauses: [],
              dueOn: '2026-12-14',
              dueAt: '2026-12-14T17:00:00.000Z',
              daysLeft: 12,
              overdueDays: 0,
              basis: 'Luật Khiếu nại 2011, Điều 27',
            },
          ],
        },
        allowedActions: ['accept', 'reject'],
        rejectionGrounds: [
          {
            code: 'excluded_act',
            label: {
              vi: 'Quyết định, hành vi không thuộc đối tượng khiếu nại (văn bản chỉ đạo nội bộ, văn bản quy phạm, bí mật nhà nước…)',
              en: 'Decision or act that cannot be complained about (internal directive, normative document, state secret…)',
            },
            basis: 'Luật Khiếu nại 2011, Điều 11(1)',
          },
          {
            code: 'not_directly_affected',
            label: {
              vi: 'Không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại',
              en: 'Does not directly affect the complainant’s rights',
            },
            basis: 'Luật Khiếu nại 2011, Điều 11(2)',
          },
        ],
        procedure: {
          label: {
            vi: 'Khiếu nại lần đầu',
            en: 'Complaint, first instance',
          },
          outcomes: [
            {
              code: 'upheld',
              label: {
                vi: 'Khiếu nại đúng',
                en: 'Upheld',
              },
            },
            {
              code: 'partly_upheld',
              label: {
                vi: 'Khiếu nại đúng một phần',
                en: 'Partly upheld',
              },
            },
          ],
          suspensionGrounds: [
            {
              code: 'awaiting_other_result',
              label: {
                vi: 'Chờ kết quả giải quyết của cơ quan, tổ chức khác',
                en: 'Awaiting another body’s result',
              },
              basis: 'Luật số 136/2025/QH15 (hiệu lực 01/7/2026)',
            },
          ],
          terminationGrounds: [
            {
              code: 'withdrawn',
              label: {
                vi: 'Người khiếu nại rút khiếu nại',
                en: 'The complainant withdrew the complaint',
              },
              basis: 'Luật Khiếu nại 2011, Điều 10',
            },
          ],
          dialogue: 'optional',
          findingOnFirstDecision: false,
          document: {
            title: {
              vi: 'QUYẾT ĐỊNH',
              en: 'DECISION',
            },
            about: {
              vi: 'Về việc giải quyết khiếu nại (lần đầu)',
              en: 'On the resolution of a complaint (first instance)',
            },
            symbol: 'QĐ',
            filerDocument: 'decision',
            basis: 'Luật Khiếu nại 2011, Điều 31',
            preamble: [
              {
                vi: 'Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;',
                en: 'Pursuant to the Law on Complaints of 11 November 2011;',
              },
            ],
            parts: [
              {
                code: 'complaint_content',
                label: {
                  vi: 'Nội dung khiếu nại',
                  en: 'Content of the complaint',
                },
                basis: 'Luật Khiếu nại 2011, Điều 31(2)(c)',
                required: 'always',
                reason: false,
                operative: false,
              },
              {
                code: 'verification',
                label: {
                  vi: 'Kết quả xác minh nội dung khiếu nại',
                  en: 'Verification result',
                },
                basis: 'Luật Khiếu nại 2011, Điều 31(2)(d)',
                required: 'always',
                reason: true,
                operative: false,
              },
            ],
            recipients: [
              {
                vi: '- Người bị khiếu nại;',
                en: '- The person complained about;',
              },
              {
                vi: '- Thủ trưởng cấp trên trực tiếp của người giải quyết;',
                en: '- The resolver’s direct superior;',
              },
            ],
            executes: {
              vi: 'Người bị khiếu nại, người khiếu nại và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.',
              en: 'The person complained about, the complainant and those concerned carry out this decision.',
            },
          },
        },
      },
    },
  },
  GetCommittees: {
    responses: {
      '200': {
        items: [
          {
            committeeId: 'dang-uy-phuong',
            name: {
              vi: 'UBKT Đảng ủy phường',
              en: 'Ward Party inspection committee',
            },
            profileId: 'vn-party-inspection',
            symbol: 'UBKTĐU',
            place: 'Ba Đình',
            parent: {
              vi: 'Đảng ủy phường Ba Đình',
              en: 'Ba Đình Ward Party Committee',
            },
            collective: true,
          },
          {
            committeeId: 'ubkt-1',
            name: {
              vi: 'Ủy ban Kiểm tra số 1',
              en: 'Inspection Committee 1',
            },
            level: 'province',
            symbol: 'UBKT1',
            place: 'Hà Nội',
            parent: {
              vi: 'Ủy ban nhân dân tỉnh Mẫu',
              en: 'Sample Provincial People’s Committee',
            },
            collective: true,
          },
        ],
      },
    },
  },
  GetDeadlines: {
    responses: {
      '200': {
        profile: {
          id: 'vn-state-law',
          version: '2019.1',
          effectiveFrom: '2019-01-01',
          name: {
            vi: 'Quy trình theo pháp luật nhà nước',
            en: 'State-law procedure',
          },
        },
        track: 'complaint_1',
        trackLabel: {
          vi: 'Khiếu nại lần đầu',
          en: 'Complaint, first instance',
        },
        deadlines: [
          {
            name: 'acceptance',
            from: 'received',
            startedOn: '2026-03-06',
            dueOn: '2026-03-16',
            dayType: 'calendar',
            days: 10,
            maxExtensions: 0,
            extensionDays: 0,
            basis: 'Luật Khiếu nại 2011, Điều 27',
            verification: 'V',
          },
          {
            name: 'resolution',
            from: 'accepted',
            startedOn: '2026-03-10',
            dueOn: '2026-05-11',
            dayType: 'calendar',
            days: 60,
            maxExtensions: 0,
            extensionDays: 0,
            basis: 'Luật Khiếu nại 2011, Điều 28',
            verification: 'V',
          },
        ],
      },
    },
  },
  GetDocuments: {
    responses: {
      '200': {
        items: [
          {
            documentId: '44a2d67136a58c4c8d4d4628015350b89a8a4c6911f8136b861b4135219ca523',
            sha256: '44a2d67136a58c4c8d4d4628015350b89a8a4c6911f8136b861b4135219ca523',
            size: 27563,
            role: 'decision',
            locale: 'vi',
            audience: 'staff',
            title: 'KẾT LUẬN Nội dung tố cáo',
            number: '03/KL-UBKT1',
            createdAt: '2026-12-01T03:00:00.000Z',
            createdBy: 'chair',
          },
          {
            documentId: 'a838086d63dd6657faf91d2806b467ca6f22604ed62d54aab8965cdfc96341b9',
            sha256: 'a838086d63dd6657faf91d2806b467ca6f22604ed62d54aab8965cdfc96341b9',
            size: 28152,
            role: 'draft',
            locale: 'vi',
            audience: 'staff',
            title: 'KẾT LUẬN Nội dung tố cáo',
            createdAt: '2026-12-01T03:00:00.000Z',
            createdBy: 'investigator',
          },
        ],
      },
    },
  },
  GetEligibleStaff: {
    responses: {
      '200': {
        caseId: '6e236696-2039-4993-b864-2814a3e9bd16',
        committee: 'ubkt-1',
        items: [
          {
            username: 'investigator-2',
            displayName: 'Lê Thị Hoa',
            assigned: false,
            liveCases: 3,
            overdueCases: 0,
          },
          {
            username: 'investigator',
            displayName: 'Cán bộ xác minh',
            assigned: true,
            liveCases: 11,
            overdueCases: 2,
          },
        ],
        excluded: [{ username: 'tran.van.duc', displayName: 'Trần Văn Đức', basis: 'named_in_case' }],
      },
    },
  },
  GetGrants: {
    responses: {
      '200': {
        items: [
          {
            grantId: 'af634fb6-ad0e-44d6-82c8-6acc0ed5d837',
            username: 'pham.chu.nhiem',
            groups: ['chair', 'intake'],
            committees: ['ubkt-1'],
            basedOn: {
              groups: ['intake'],
              committees: [],
            },
            requestedBy: 'admin',
            requestedAt: '2026-12-01T21:53:54.401Z',
            status: 'pending',
          },
        ],
      },
    },
  },
  GetMetrics: {
    responses: {
      '200': {
        period: '2026-Q1',
        months: ['2026-01', '2026-02'],
        committee: 'ubkt-1',
        exact: true,
        target: 0.85,
        headline: {
          received: 4,
          anonymous: 0,
          eligible: 2,
          withinJurisdiction: 2,
          accepted: 2,
          rejected: 1,
          transferred: 0,
          duplicate: 0,
          carriedIn: 0,
          toResolve: 2,
          resolved: 1,
          resolvedOnTime: 1,
          unresolvedAtEnd: 1,
          withdrawn: 1,
          terminated: 0,
          extensions: 0,
          becameOverdue: 0,
          reopened: 0,
          secondInstanceResolved: 0,
          overturned: 0,
          resolutionRate: 0.5,
          onTimeRate: 1,
          overturnRate: null,
          meanDaysToAccept: 0,
          meanDaysToResolve: 15,
          medianDaysToAccept: '0-10',
          medianDaysToResolve: '11-20',
          outcomes: {
            upheld: 1,
          },
        },
        trend: [
          {
            month: '2025-04',
            received: 0,
            resolved: 0,
            onTimeRate: null,
          },
          {
            month: '2025-05',
            received: 0,
            resolved: 0,
            onTimeRate: null,
          },
        ],
        byKind: {
          complaint: {
            received: 2,
            anonymous: 0,
            eligible: 1,
            withinJurisdiction: 1,
            accepted: 1,
            rejected: 1,
            transferred: 0,
            duplicate: 0,
            carriedIn: 0,
            toResolve: 1,
            resolved: 1,
            resolvedOnTime: 1,
            unresolvedAtEnd: 0,
            withdrawn: 0,
            terminated: 0,
            extensions: 0,
            becameOverdue: 0,
            reopened: 0,
            secondInstanceResolved: 0,
            overturned: 0,
            resolutionRate: 1,
            onTimeRate: 1,
            overturnRate: null,
            meanDaysToAccept: 0,
            meanDaysToResolve: 15,
            medianDaysToAccept: '0-10',
            medianDaysToResolve: '11-20',
            outcomes: {
              upheld: 1,
            },
          },
          denunciation: {
            received: 1,
            anonymous: 0,
            eligible: 1,
            withinJurisdiction: 1,
            accepted: 1,
            rejected: 0,
            transferred: 0,
            duplicate: 0,
            carriedIn: 0,
            toResolve: 1,
            resolved: 0,
            resolvedOnTime: 0,
            unresolvedAtEnd: 1,
            withdrawn: 0,
            terminated: 0,
            extensions: 0,
            becameOverdue: 0,
            reopened: 0,
            secondInstanceResolved: 0,
            overturned: 0,
            resolutionRate: 0,
            onTimeRate: null,
            overturnRate: null,
            meanDaysToAccept: 0,
            meanDaysToResolve: null,
            medianDaysToAccept: '0-10',
            medianDaysToResolve: null,
            outcomes: {},
          },
          petition: {
            received: 1,
            anonymous: 0,
            eligible: 0,
            withinJurisdiction: 0,
            accepted: 0,
            rejected: 0,
            transferred: 0,
            duplicate: 0,
            carriedIn: 0,
            toResolve: 0,
            resolved: 0,
            resolvedOnTime: 0,
            unresolvedAtEnd: 0,
            withdrawn: 1,
            terminated: 0,
            extensions: 0,
            becameOverdue: 0,
            reopened: 0,
            secondInstanceResolved: 0,
            overturned: 0,
            resolutionRate: null,
            onTimeRate: null,
            overturnRate: null,
            meanDaysToAccept: null,
            meanDaysToResolve: null,
            medianDaysToAccept: null,
            medianDaysToResolve: null,
            outcomes: {},
          },
          dispute: {
            received: 0,
            anonymous: 0,
            eligible: 0,
            withinJurisdiction: 0,
            accepted: 0,
            rejected: 0,
            transferred: 0,
            duplicate: 0,
            carriedIn: 0,
            toResolve: 0,
            resolved: 0,
            resolvedOnTime: 0,
            unresolvedAtEnd: 0,
            withdrawn: 0,
            terminated: 0,
            extensions: 0,
            becameOverdue: 0,
            reopened: 0,
            secondInstanceResolved: 0,
            overturned: 0,
            resolutionRate: null,
            onTimeRate: null,
            overturnRate: null,
            meanDaysToAccept: null,
            meanDaysToResolve: null,
            medianDaysToAccept: null,
            medianDaysToResolve: null,
            outcomes: {},
          },
        },
        byField: {
          land_housing: {
            received: 2,
            resolved: 1,
          },
          corruption: {
            received: 1,
            resolved: 0,
          },
          policy_benefits: {
            received: 1,
            resolved: 0,
          },
        },
        byOutcome: {
          upheld: 1,
        },
        outcomeLabels: {
          upheld: {
            vi: 'Khiếu nại đúng',
            en: 'Upheld',
          },
        },
        backlog: {
          open: 1,
          bands: {
            '0-30': 1,
            '31-60': 0,
            '61-90': 0,
            '91-180': 0,
            '181-365': 0,
            '>365': 0,
          },
          overdueByCommittee: {},
        },
        overdue: [],
      },
    },
  },
  GetPrintJobs: {
    responses: {
      '200': {
        items: [
          {
            jobId: '1-acknowledgement-filer-filer',
            caseId: '5876ce4f-e1ba-4dc7-8bb3-5903c93626ba',
            reference: 'TC-2612-MS8ZB7AE',
            noticeType: 'acknowledgement',
            audience: 'filer',
            recipient: 'filer',
            locale: 'vi',
            subject: 'Thông báo tiếp nhận đơn – TC-2612-MS8ZB7AE',
            createdAt: '2026-12-01T21:53:18.031Z',
            prints: 0,
          },
          {
            jobId: '15-decision-filer-filer',
            caseId: '5876ce4f-e1ba-4dc7-8bb3-5903c93626ba',
            reference: 'TC-2612-MS8ZB7AE',
            noticeType: 'decision',
            audience: 'filer',
            recipient: 'filer',
            locale: 'vi',
            subject: 'Thông báo kết quả giải quyết – TC-2612-MS8ZB7AE',
            createdAt: '2026-12-01T21:53:18.816Z',
            prints: 0,
          },
        ],
      },
    },
  },
  GetPublicCase: {
    responses: {
      '200': {
        reference: 'KN-2612-82EB75F3',
        kind: 'complaint',
        anonymous: false,
        status: 'closed',
        statusLabel: {
          vi: 'Đã kết thúc',
          en: 'Closed',
        },
        receivedAt: '2026-12-01T21:53:13.656Z',
        decision: {
          outcome: 'upheld',
          outcomeLabel: {
            vi: 'Khiếu nại đúng',
            en: 'Upheld',
          },
          reasons: [
            {
              part: 'verification',
              label: {
                vi: 'Kết quả xác minh nội dung khiếu nại',
                en: 'Verification result',
              },
              text: 'Diện tích thu hồi không đúng hiện trạng; đề nghị hủy quyết định. (verification)',
            },
            {
              part: 'legal_basis',
              label: {
                vi: 'Căn cứ pháp luật để giải quyết khiếu nại',
                en: 'Legal basis',
              },
              text: 'Diện tích thu hồi không đúng hiện trạng; đề nghị hủy quyết định. (legal_basis)',
            },
          ],
          number: '01/QĐ-UBKT1',
          issuedOn: '2026-12-02',
          documentId: '5d3e17ba3e16fedf34c736696e4ab744673e104dade4390d7da5c8b612e0c8c2',
          documentHash: '5d3e17ba3e16fedf34c736696e4ab744673e104dade4390d7da5c8b612e0c8c2',
          documents: [
            {
              documentId: '5d3e17ba3e16fedf34c736696e4ab744673e104dade4390d7da5c8b612e0c8c2',
              documentHash: '5d3e17ba3e16fedf34c736696e4ab744673e104dade4390d7da5c8b612e0c8c2',
              number: '01/QĐ-UBKT1',
              locale: 'vi',
              role: 'decision',
            },
          ],
          nextSteps: [
            {
              step: 'second_complaint',
              label: {
                vi: 'Khiếu nại lần hai nếu ông/bà không đồng ý',
                en: 'A second complaint if you disagree',
              },
              kind: 'deadline',
              from: 'received',
              dueOn: '2027-01-04',
              dayType: 'calendar',
              days: 30,
              basis: 'Luật Khiếu nại 2011, Điều 33(1)',
            },
            {
              step: 'lawsuit',
              label: {
                vi: 'Hoặc khởi kiện vụ án hành chính tại Tòa án',
                en: 'Or bring an administrative lawsuit in court',
              },
              kind: 'right',
              from: 'issued',
              dueOn: null,
              dayType: null,
              days: null,
              basis: 'Luật Khiếu nại 2011, Điều 7, 33',
            },
          ],
        },
        timeline: [
          {
            at: '2026-12-01T21:53:13.656Z',
            status: 'received',
            label: {
              vi: 'Đã tiếp nhận',
              en: 'Received',
            },
            auditHash: 'e5091b367e3eef3b613301b33c2d1ed1f56f448c01b5527e41eab3824208d091',
          },
          {
            at: '2026-12-01T21:53:13.656Z',
            status: 'screening',
            label: {
              vi: 'Đang phân loại',
              en: 'Screening',
            },
            auditHash: 'e5091b367e3eef3b613301b33c2d1ed1f56f448c01b5527e41eab3824208d091',
          },
        ],
        deadlines: [
          {
            name: 'acceptance',
            state: 'met',
            startedOn: '2026-12-02',
            days: 10,
            dayType: 'calendar',
            extensions: 0,
            paused: false,
            pauses: [],
            dueOn: '2026-12-14',
            dueAt: '2026-12-14T17:00:00.000Z',
            daysLeft: null,
            overdueDays: null,
            basis: 'Luật Khiếu nại 2011, Điều 27',
          },
          {
            name: 'resolution',
            state: 'met',
            startedOn: '2026-12-02',
            days: 30,
            dayType: 'calendar',
            extensions: 0,
            paused: false,
            pauses: [],
            dueOn: '2027-01-04',
            dueAt: '2027-01-04T17:00:00.000Z',
            daysLeft: null,
            overdueDays: null,
            basis: 'Luật Khiếu nại 2011, Điều 28',
          },
        ],
        messages: [
          {
            at: '2026-12-01T21:53:13.858Z',
            type: 'acknowledgement',
            from: 'committee',
            text: {
              vi: 'Cơ quan đã tiếp nhận đơn của ông/bà, số tham chiếu KN-2612-82EB75F3, loại: Khiếu nại lần đầu.\nHạn: 14/12/2026 (Luật Khiếu nại 2011, Điều 27)',
              en: 'Your letter was received, reference KN-2612-82EB75F3, kind: Complaint, first instance.\nacceptance due: 14/12/2026 (Luật Khiếu nại 2011, Điều 27)',
            },
          },
          {
            at: '2026-12-01T21:53:14.125Z',
            type: 'acceptance',
            from: 'committee',
            text: {
              vi: 'Đơn KN-2612-82EB75F3 đã được thụ lý để giải quyết.\nHạn giải quyết: 04/01/2027 (Luật Khiếu nại 2011, Điều 28)',
              en: 'Case KN-2612-82EB75F3 has been accepted for resolution.\nResolution due: 04/01/2027 (Luật Khiếu nại 2011, Điều 28)',
            },
          },
        ],
        links: {},
        filed: {
          content: 'Tôi khiếu nại quyết định thu hồi đất vì diện tích thu hồi không đúng hiện trạng.',
          subject: {
            number: '123/QĐ-UBND',
            issuer: 'UBND phường',
            description: 'Quyết định thu hồi đất',
          },
          attachments: [],
        },
        headHash: 'e5091b367e3eef3b613301b33c2d1ed1f56f448c01b5527e41eab3824208d091',
      },
    },
  },
  GetPublicCommittees: {
    responses: {
      '200': {
        items: [
          {
            committeeId: 'ubkt-1',
            name: {
              vi: 'Ủy ban Kiểm tra số 1',
              en: 'Inspection Committee 1',
            },
            level: 'province',
            profileId: 'vn-state-law',
          },
          {
            committeeId: 'dang-uy-phuong',
            name: {
              vi: 'UBKT Đảng ủy phường',
              en: 'Ward Party inspection committee',
            },
            profileId: 'vn-party-inspection',
          },
        ],
      },
    },
  },
  GetReport: {
    responses: {
      '200': {
        period: '2026-Q1',
        from: '2026-01-01',
        to: '2026-03',
        committee: 'ubkt-1',
        exact: true,
        target: 0.85,
        rows: [
          {
            kind: 'complaint',
            received: 2,
            anonymous: 0,
            eligible: 1,
            withinJurisdiction: 1,
            accepted: 1,
            rejected: 1,
            transferred: 0,
            duplicate: 0,
            carriedIn: 0,
            toResolve: 1,
            resolved: 1,
            resolvedOnTime: 1,
            unresolvedAtEnd: 0,
            withdrawn: 0,
            terminated: 0,
            extensions: 0,
            becameOverdue: 0,
            reopened: 0,
            secondInstanceResolved: 0,
            overturned: 0,
            resolutionRate: 1,
            onTimeRate: 1,
            overturnRate: null,
            meanDaysToAccept: 0,
            meanDaysToResolve: 15,
            medianDaysToAccept: '0-10',
            medianDaysToResolve: '11-20',
            outcomes: {
              upheld: 1,
            },
          },
          {
            kind: 'denunciation',
            received: 1,
            anonymous: 0,
            eligible: 1,
            withinJurisdiction: 1,
            accepted: 1,
            rejected: 0,
            transferred: 0,
            duplicate: 0,
            carriedIn: 0,
            toResolve: 1,
            resolved: 0,
            resolvedOnTime: 0,
            unresolvedAtEnd: 1,
            withdrawn: 0,
            terminated: 0,
            extensions: 0,
            becameOverdue: 0,
            reopened: 0,
            secondInstanceResolved: 0,
            overturned: 0,
            resolutionRate: 0,
            onTimeRate: null,
            overturnRate: null,
            meanDaysToAccept: 0,
            meanDaysToResolve: null,
            medianDaysToAccept: '0-10',
            medianDaysToResolve: null,
            outcomes: {},
          },
        ],
        byField: {
          land_housing: {
            received: 2,
            resolved: 1,
          },
          corruption: {
            received: 1,
            resolved: 0,
          },
          policy_benefits: {
            received: 1,
            resolved: 0,
          },
        },
      },
    },
  },
  GetStaff: {
    responses: {
      '200': {
        items: [
          {
            username: 'intake',
            displayName: 'Cán bộ tiếp nhận',
            groups: ['intake'],
            committees: ['ubkt-1'],
          },
          {
            username: 'investigator',
            displayName: 'Cán bộ xác minh',
            groups: ['investigator'],
            committees: ['ubkt-1'],
          },
        ],
      },
    },
  },
  ListCases: {
    responses: {
      '200': {
        items: [
          {
            risk: 'ok',
            overdue: [],
            caseId: '6e236696-2039-4993-b864-2814a3e9bd16',
            reference: 'KN-2612-82EB75F3',
            kind: 'complaint',
            status: 'screening',
            statusLabel: {
              vi: 'Đang phân loại',
              en: 'Screening',
            },
            committee: 'ubkt-1',
            dueAt: '2026-12-14T17:00:00.000Z',
            dueOn: '2026-12-14',
            dueDayType: 'calendar',
            daysLeft: 12,
            overdueDays: 0,
            assignees: [],
            receivedOn: '2026-12-02',
            version: 1,
            field: 'land_housing',
            location: { province: 'Hà Nội', commune: 'Phường Ba Đình' },
            subject: 'Tôi khiếu nại quyết định thu hồi đất vì diện tích thu hồi không đúng hiện trạng.',
            respondent: 'UBND phường Ba Đình',
            pseudonym: 'Người khiếu nại #MJ',
          },
        ],
        nextCursor: null,
      },
    },
  },
  PostAction: {
    request: {
      expectedVersion: 1,
      action: 'accept',
    },
    responses: {
      '200': {
        case: {
          caseId: '6e236696-2039-4993-b864-2814a3e9bd16',
          reference: 'KN-2612-82EB75F3',
          kind: 'complaint',
          track: 'complaint_1',
          instance: 1,
          anonymous: false,
          committee: 'ubkt-1',
          status: 'accepted',
          version: 2,
          seq: 3,
          headHash: '0b98c401765243151f737f115e63ba12e750d28383757766daa784e4851b91ac',
          submissionHash: 'e5091b367e3eef3b613301b33c2d1ed1f56f448c01b5527e41eab3824208d091',
          receivedAt: '2026-12-01T21:53:13.656Z',
          receivedOn: '2026-12-02',
          channel: 'web',
          locale: 'vi',
          field: 'land_housing',
          remoteArea: false,
          complexity: 'normal',
          profileId: 'vn-state-law',
          profileVersion: '2019.1',
          legalNoticeVersion: '2026.1',
          pseudonym: 'Người khiếu nại #MJ',
          content: 'Tôi khiếu nại quyết định thu hồi đất vì diện tích thu hồi không đúng hiện trạng.',
          location: {
            province: 'Hà Nội',
            commune: 'Phường Ba Đình',
          },
          details: {
            signerCount: 1,
            respondent: {
              name: 'UBND phường Ba Đình',
              address: 'Số 1 Phố Đội Cấn, Hà Nội',
            },
            representatives: [],
            learnedOn: '2026-11-12',
            subject: {
              number: '123/QĐ-UBND',
              description: 'Quyết định thu hồi đất',
              type: 'decision',
              issuer: 'UBND phường',
            },
          },
          excludedStaff: [],
          namedPersons: ['UBND phường Ba Đình'],
          exclusions: [],
          assignees: [],
          clocks: [
            {
              name: 'acceptance',
              startedOn: '2026-12-02',
              dayType: 'calendar',
              days: 10,
              extensions: 0,
              pauses: [],
              basis: 'Luật Khiếu nại 2011, Điều 27',
              state: 'met',
              dueOn: '2026-12-14',
              dueAt: '2026-12-14T17:00:00.000Z',
              endedOn: '2026-12-02',
            },
            {
              name: 'resolution',
              startedOn: '2026-12-02',
              dayType: 'calendar',
              days: 30,
              extensions: 0,
              pauses: [],
              basis: 'Luật Khiếu nại 2011, Điều 28',
              state: 'running',
              dueOn: '2027-01-04',
              dueAt: '2027-01-04T17:00:00.000Z',
            },
          ],
          history: [
            {
              at: '2026-12-01T21:53:13.656Z',
              status: 'received',
            },
            {
              at: '2026-12-01T21:53:13.656Z',
              status: 'screening',
            },
          ],
          dueAt: '2027-01-04T17:00:00.000Z',
          updatedAt: '2026-12-01T21:53:14.081Z',
          dialogues: 0,
          links: {},
          pendingNotices: [
            {
              id: '3-acceptance-filer',
              type: 'acceptance',
              audience: 'filer',
              data: {},
            },
          ],
          publicMessages: [
            {
              at: '2026-12-01T21:53:13.858Z',
              type: 'acknowledgement',
              from: 'committee',
              text: {
                vi: 'Cơ quan đã tiếp nhận đơn của ông/bà, số tham chiếu KN-2612-82EB75F3, loại: Khiếu nại lần đầu.\nHạn: 14/12/2026 (Luật Khiếu nại 2011, Điều 27)',
                en: 'Your letter was received, reference KN-2612-82EB75F3, kind: Complaint, first instance.\nacceptance due: 14/12/2026 (Luật Khiếu nại 2011, Điều 27)',
              },
            },
          ],
          alertsSent: [],
          overdue: [],
          scheduled: ['acceptance:50:2026-12-14T17:00:00.000Z', 'acceptance:75:2026-12-14T17:00:00.000Z'],
          reopenCount: 0,
          acceptedOn: '2026-12-02',
          attachments: [],
          statusLabel: {
            vi: 'Đã thụ lý',
            en: 'Accepted',
          },
          risk: 'ok',
          deadlines: [
            {
              name: 'acceptance',
              state: 'met',
              startedOn: '2026-12-02',
              days: 10,
              dayType: 'calendar',
              extensions: 0,
              paused: false,
              pauses: [],
              dueOn: '2026-12-14',
              dueAt: '2026-12-14T17:00:00.000Z',
              daysLeft: null,
              overdueDays: null,
              basis: 'Luật Khiếu nại 2011, Điều 27',
            },
            {
              name: 'resolution',
              state: 'running',
              startedOn: '2026-12-02',
              days: 30,
              dayType: 'calendar',
              extensions: 0,
              paused: false,
              pauses: [],
              dueOn: '2027-01-04',
              dueAt: '2027-01-04T17:00:00.000Z',
              daysLeft: 33,
              overdueDays: 0,
              basis: 'Luật Khiếu nại 2011, Điều 28',
            },
          ],
        },
      },
    },
  },
  PostAttachment: {
    request: {
      fileName: 'anh.png',
      contentType: 'image/png',
      size: 11,
      sha256: '7f47b756761a46e6d4a4d96f0d8a4448f8449235009d1f3ad1493f5c773c19e8',
    },
    responses: {
      '201': {
        attachmentId: 'ebc6d3eb-72b5-4756-8473-d2d63d437072',
        uploadUrl:
          '/blob/uploads/2026-12/ebc6d3eb-72b5-4756-8473-d2d63d437072?op=put&exp=1796162930&type=image%2Fpng&size=11&sha256=7f47b756761a46e6d4a4d96f0d8a4448f8449235009d1f3ad1493f5c773c19e8&sig=uJEQG5YbCq2UGHo6Z4UkCuJITdkhrB9vhEJvaEpOtMY',
        uploadHeaders: {
          'x-amz-tagging': 'state=pending',
          'content-type': 'image/png',
          'x-amz-checksum-sha256': 'f0e3VnYaRubUpNlvDYpESPhEkjUAnR860Uk/XHc8Geg=',
        },
        expiresAt: '2026-12-01T22:08:50.866Z',
      },
    },
  },
  PostCase: {
    request: {
      locale: 'vi',
      committee: 'ubkt-1',
      legalNoticeVersion: '2026.1',
      location: {
        province: 'Hà Nội',
        commune: 'Phường Ba Đình',
      },
      kind: 'complaint',
      instance: 1,
      field: 'land_housing',
      content: 'Tôi khiếu nại quyết định thu hồi đất vì diện tích thu hồi không đúng hiện trạng.',
      complainant: {
        fullName: 'Nguyễn Văn An',
        address: '12 Phố Hàng Bông, Hà Nội',
        phone: '0912345678',
      },
      respondent: {
        name: 'UBND phường Ba Đình',
        address: 'Số 1 Phố Đội Cấn, Hà Nội',
      },
      subject: {
        type: 'decision',
        number: '123/QĐ-UBND',
        issuer: 'UBND phường',
        description: 'Quyết định thu hồi đất',
      },
      learnedOn: '2026-11-12',
      inCourt: false,
    },
    responses: {
      '200': {
        reference: 'KN-2612-82EB75F3',
        receipt: '47QQE-AP01J-Z5AD3-QJ08Q-SMD9T',
        status: 'screening',
        trackingUrl: 'https://congminh.example.vn/track#47QQE-AP01J-Z5AD3-QJ08Q-SMD9T',
        deadlines: [
          {
            name: 'acceptance',
            state: 'running',
            startedOn: '2026-12-02',
            days: 10,
            dayType: 'calendar',
            extensions: 0,
            paused: false,
            pauses: [],
            dueOn: '2026-12-14',
            dueAt: '2026-12-14T17:00:00.000Z',
            daysLeft: 12,
            overdueDays: 0,
            basis: 'Luật Khiếu nại 2011, Điều 27',
          },
        ],
        headHash: 'e5091b367e3eef3b613301b33c2d1ed1f56f448c01b5527e41eab3824208d091',
      },
      '201': {
        reference: 'KN-2612-82EB75F3',
        receipt: '47QQE-AP01J-Z5AD3-QJ08Q-SMD9T',
        status: 'screening',
        trackingUrl: 'https://congminh.example.vn/track#47QQE-AP01J-Z5AD3-QJ08Q-SMD9T',
        deadlines: [
          {
            name: 'acceptance',
            state: 'running',
            startedOn: '2026-12-02',
            days: 10,
            dayType: 'calendar',
            extensions: 0,
            paused: false,
            pauses: [],
            dueOn: '2026-12-14',
            dueAt: '2026-12-14T17:00:00.000Z',
            daysLeft: 12,
            overdueDays: 0,
            basis: 'Luật Khiếu nại 2011, Điều 27',
          },
        ],
        headHash: 'e5091b367e3eef3b613301b33c2d1ed1f56f448c01b5527e41eab3824208d091',
      },
    },
  },
  PostMessage: {
    request: {
      body: 'Tôi gửi bổ sung ảnh chụp hồ sơ đã nộp <script>alert(1)</script>',
      attachments: ['ebc6d3eb-72b5-4756-8473-d2d63d437072'],
    },
    responses: {
      '201': {
        at: '2026-12-01T21:53:50.895Z',
      },
    },
  },
  PostPasswordReset: {
    responses: {
      '201': {
        temporaryPassword: 'Vd9kQ2xTmP4wLr7nZe3a',
      },
    },
  },
  PostWithdraw: {
    request: {
      reason: 'Đã tự thỏa thuận được.',
    },
    responses: {
      '200': {
        status: 'withdrawn',
        statusLabel: {
          vi: 'Đã rút đơn',
          en: 'Withdrawn',
        },
        withdrawal: 'accepted',
      },
    },
  },
  PrintLetter: {
    request: {
      reason: 'In thư gửi người bị tố cáo qua bưu điện.',
    },
    responses: {
      '200': {
        jobId: '3-respondent_notice-respondent-accused',
        reference: 'TC-2612-MS8ZB7AE',
        noticeType: 'respondent_notice',
        locale: 'vi',
        subject: 'Thông báo về nội dung tố cáo – TC-2612-MS8ZB7AE',
        body: 'Cơ quan đã thụ lý giải quyết vụ việc TC-2612-MS8ZB7AE có nội dung liên quan đến ông/bà/cơ quan:\nTôi là […], số điện thoại […], tố cáo cán bộ địa chính nhận tiền để hợp thức hóa hồ sơ.\nĐề nghị giải trình theo quy định.',
        addressee: {
          name: 'Lê Văn Cường',
          address: '',
        },
        printedAt: '2026-12-01T21:53:18.906Z',
      },
    },
  },
  PutCommittee: {
    request: {
      name: {
        vi: 'UBKT Đảng ủy phường',
        en: 'Ward Party inspection committee',
      },
      profileId: 'vn-party-inspection',
      symbol: 'UBKTĐU',
      place: 'Ba Đình',
      parent: {
        vi: 'Đảng ủy phường Ba Đình',
        en: 'Ba Đình Ward Party Committee',
      },
      collective: true,
    },
    responses: {
      '200': {
        committeeId: 'dang-uy-phuong',
        name: {
          vi: 'UBKT Đảng ủy phường',
          en: 'Ward Party inspection committee',
        },
        profileId: 'vn-party-inspection',
        symbol: 'UBKTĐU',
        place: 'Ba Đình',
        parent: {
          vi: 'Đảng ủy phường Ba Đình',
          en: 'Ba Đình Ward Party Committee',
        },
        collective: true,
      },
    },
  },
  PutStaff: {
    request: {
      displayName: 'Cán bộ xác minh mới',
      groups: ['investigator', 'intake'],
      committees: ['ubkt-2'],
    },
    responses: {
      '200': {
        username: 'nguyen.b',
        displayName: 'Cán bộ xác minh mới',
        groups: ['investigator', 'intake'],
        committees: ['ubkt-2'],
      },
      '201': {
        username: 'tran.van.duc',
        displayName: 'Trần Văn Đức',
        groups: ['intake', 'investigator'],
        committees: ['ubkt-1'],
      },
      '202': {
        username: 'pham.chu.nhiem',
        displayName: 'Phạm Chủ Nhiệm',
        groups: ['intake'],
        committees: [],
        pendingGrant: {
          username: 'pham.chu.nhiem',
          groups: ['chair', 'intake'],
          committees: ['ubkt-1'],
          basedOn: {
            groups: ['intake'],
            committees: [],
          },
          requestedBy: 'admin',
          requestedAt: '2026-12-01T21:53:54.401Z',
          grantId: 'af634fb6-ad0e-44d6-82c8-6acc0ed5d837',
          status: 'pending',
        },
      },
    },
  },
  RevealIdentity: {
    request: {
      reason: 'Kiểm tra ma trận phân quyền.',
    },
    responses: {
      '200': {
        identity: {
          complainant: {
            fullName: 'Nguyễn Văn An',
            address: '12 Phố Hàng Bông, Hà Nội',
            phone: '0912345678',
          },
          otherParties: [],
          coSigners: [],
        },
        revealedAt: '2026-12-01T21:53:36.375Z',
      },
    },
  },
  VerifyAdminLog: {
    responses: {
      '200': {
        valid: true,
        length: 12,
        headHash: '89a139124991223bb9c3b480b8d991822555cccb881d9cca687d146db7770e7a',
        anchoredLength: 8,
        anchoredAt: '2026-12-01T21:53:15.080Z',
      },
    },
  },
  VerifyAudit: {
    responses: {
      '200': {
        valid: true,
        length: 12,
        headHash: '89a139124991223bb9c3b480b8d991822555cccb881d9cca687d146db7770e7a',
        anchoredLength: 8,
        anchoredAt: '2026-12-01T21:53:15.080Z',
      },
    },
  },
};

// Desk intake (issue 13 §5): a letter that arrived by post three days before it was recorded.
const deskAnswer = {
  reference: 'KN-2611-T3XBJ4CF',
  registerNumber: 6,
  receipt: 'Z613S-993RK-P2G8F-063CT-9SGQ4',
  status: 'screening',
  trackingUrl: 'https://congminh.example.vn/track#Z613S-993RK-P2G8F-063CT-9SGQ4',
  deadlines: [
    {
      name: 'acceptance',
      state: 'running',
      startedOn: '2026-11-29',
      days: 10,
      dayType: 'calendar',
      extensions: 0,
      paused: false,
      pauses: [],
      dueOn: '2026-12-09',
      dueAt: '2026-12-09T17:00:00.000Z',
      daysLeft: 7,
      overdueDays: 0,
      basis: 'Luật Khiếu nại 2011, Điều 27',
    },
  ],
  headHash: '65df328eedb94649ef4bd22c2c505568f36f331377b6e2c003e7eefd7b214ca6',
};
examples.PostDeskCase = {
  request: { intake: examples.PostCase!.request, desk: { channel: 'post', receivedOn: '2026-11-29' } },
  responses: { '200': deskAnswer, '201': deskAnswer },
};
examples.GetReceptionRegister = {
  responses: {
    '200': {
      committee: 'ubkt-1',
      from: '2026-11-22',
      to: '2026-12-02',
      items: [
        {
          number: 7,
          year: '2026',
          receivedOn: '2026-12-02',
          channel: 'walk_in',
          channelLabel: { vi: 'Trực tiếp tại nơi tiếp công dân', en: 'In person at citizen reception' },
          name: 'Nguyễn Văn An',
          address: '12 Phố Hàng Bông, Hà Nội',
          caseId: 'a0c3d0e5-0b8f-4d0e-9f57-3b1f0f6f2c11',
          reference: 'KN-2612-QW3E9R2T',
          kind: 'complaint',
          content: 'Tôi khiếu nại quyết định thu hồi đất vì diện tích thu hồi không đúng hiện trạng.',
          priorHandling: 'UBND phường đã trả lời',
          request: '',
          status: 'screening',
          action: { vi: 'Đang phân loại', en: 'Screening' },
          recordedBy: 'intake',
          recordedAt: '2026-12-02T02:20:11.310Z',
        },
      ],
    },
  },
};
