<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../app/views/about_dialog.py" line="98" />
      <source>The licence text is missing from this build (%1).</source>
      <translation>此版本缺少该许可证文本（%1）。</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="114" />
      <source>%1 — a workstation for community operators: members, content, activities, moderation, dashboard and reports in one file.</source>
      <translation>%1 — 为社群运营者打造的工作台：成员、内容、活动、审核、数据看板和报表，全部在一个文件里。</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="124" />
      <source>Version:</source>
      <translation>版本：</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="125" />
      <source>Built with:</source>
      <translation>运行环境：</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="125" />
      <source>Python %1 · Qt %2 · PySide6 %3</source>
      <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="127" />
      <source>Community file:</source>
      <translation>社群文件：</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="128" />
      <source>App data folder:</source>
      <translation>应用数据文件夹：</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="129" />
      <source>Crash log:</source>
      <translation>崩溃日志：</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="137" />
      <source>Components and their licences:</source>
      <translation>所含组件及其许可证：</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="141" />
      <source>Component</source>
      <translation>组件</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="141" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="141" />
      <source>Licence</source>
      <translation>许可证</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="163" />
      <source>Copy details</source>
      <translation>复制详细信息</translation>
    </message>
  </context>
  <context>
    <name>ActivitiesTab</name>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="66" />
      <source>No activities yet: press “New activity” to plan one — a check-in challenge, a salon, a live AMA, a group run — with its warm-up, day and review checklist.</source>
      <translation>还没有活动：点击“新建活动”策划一场——打卡挑战、沙龙、直播答疑、团跑等，并附带预热、活动当天和复盘的任务清单。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="73" />
      <source>Activities</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="75" />
      <source>Time slots</source>
      <translation>时段分析</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="87" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="100" />
      <source>Search name, owner, place</source>
      <translation>搜索名称、负责人、地点</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="105" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="111" />
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="115" />
      <source>New activity…</source>
      <translation>新建活动…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="121" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="123" />
      <source>A workbook with one row per activity and its figures.</source>
      <translation>导出工作簿：每个活动一行，附各项数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="125" />
      <source>Export list…</source>
      <translation>导出列表…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="127" />
      <source>The list as shown (this search, these filters, this order) to Excel or CSV</source>
      <translation>将当前显示的列表（当前的搜索、筛选和排序）导出为 Excel 或 CSV</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="176" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="179" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="182" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="200" />
      <source>Checklist</source>
      <translation>任务清单</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="201" />
      <source>Registrations</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="202" />
      <source>Results</source>
      <translation>效果数据</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="203" />
      <source>A/B variants</source>
      <translation>A/B 方案</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="258" />
      <source>%1 overdue tasks in %2</source>
      <translation>有 %1 项任务已逾期：%2</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="305" />
      <source>No activity chosen</source>
      <translation>未选择活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="324" />
      <source>Owner: %1</source>
      <translation>负责人：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="325" />
      <source>budget %1</source>
      <translation>预算 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="327" />
      <source>spent %1</source>
      <translation>实际花费 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="373" />
      <source>Set its status to %1</source>
      <translation>将状态改为“%1”</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="386" />
      <source>Changed by someone else</source>
      <translation>已被他人修改</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="387" />
      <source>%1 changed “%2” at %3, before your change reached the file.

%4 anyway?</source>
      <translation>%1 于 %3 修改了“%2”，早于你的修改写入文件。

仍要%4吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="403" />
      <source>Delete activity</source>
      <translation>删除活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="404" />
      <source>Delete “%1”? Its attendance no longer counts for members until it is restored (Edit ▸ History keeps the record).</source>
      <translation>删除“%1”？恢复之前，该活动的到场记录不再计入成员数据（编辑 ▸ 历史记录中会保留记录）。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="411" />
      <source>Delete it</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="412" />
      <source>Deleted “%1”.</source>
      <translation>已删除“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="429" />
      <source>Export activities</source>
      <translation>导出活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="430" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="444" />
      <source>Exported %1 activities to %2.</source>
      <translation>已将 %1 个活动导出到 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="452" />
      <source>Export the activity list</source>
      <translation>导出活动列表</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="74" />
      <source>New activity</source>
      <translation>新建活动</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="74" />
      <source>Edit activity</source>
      <translation>编辑活动</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="81" />
      <source>Plan</source>
      <translation>活动策划</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="82" />
      <source>Budget and goals</source>
      <translation>预算与目标</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="83" />
      <source>No changes are logged for this activity yet.</source>
      <translation>此活动还没有变更记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="86" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="88" />
      <source>Start with the usual checklist for this format</source>
      <translation>使用该形式的常用任务清单</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="120" />
      <source>Pick a format, or type your own.</source>
      <translation>选择一种形式，或自行输入。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="130" />
      <source>Address or venue (offline)</source>
      <translation>地址或场地（线下）</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="133" />
      <source>Live room or meeting link (online)</source>
      <translation>直播间或会议链接（线上）</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="140" />
      <source>What worked, what to change next time</source>
      <translation>哪些做得好，下次要改进什么</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="141" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="142" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="143" />
      <source>Format:</source>
      <translation>形式：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="144" />
      <source>Sub-community:</source>
      <translation>子社群：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="145" />
      <source>Owner:</source>
      <translation>负责人：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="146" />
      <source>Starts:</source>
      <translation>开始时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="147" />
      <source>Ends:</source>
      <translation>结束时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="148" />
      <source>Place:</source>
      <translation>地点：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="149" />
      <source>Link:</source>
      <translation>链接：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="150" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="151" />
      <source>Review note:</source>
      <translation>复盘记录：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="157" />
      <source>No limit</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="164" />
      <source>Tick the tiers this activity invites; the results show their show-up.</source>
      <translation>勾选本活动邀请的等级；效果数据中会显示各等级的到场率。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="165" />
      <source>Capacity:</source>
      <translation>名额：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="166" />
      <source>Budget planned:</source>
      <translation>计划预算：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="167" />
      <source>Budget spent:</source>
      <translation>实际花费：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="168" />
      <source>Goal, registrations:</source>
      <translation>目标报名数：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="169" />
      <source>Goal, attendance:</source>
      <translation>目标到场数：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="170" />
      <source>Goal, conversions:</source>
      <translation>目标转化数：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="171" />
      <source>Invited tiers:</source>
      <translation>邀请等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="205" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="232" />
      <source>A new activity: a name, a start and an end are required.</source>
      <translation>新建活动：名称、开始时间和结束时间为必填项。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="235" />
      <source>#%1 · version %2 · last changed by %3 at %4</source>
      <translation>#%1 · 版本 %2 · 最后由 %3 于 %4 修改</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="249" />
      <source>Enter a name.</source>
      <translation>请输入名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="255" />
      <source>Enter a format.</source>
      <translation>请输入形式。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="261" />
      <source>The activity ends before it starts: move the end after the start.</source>
      <translation>活动的结束时间早于开始时间：请将结束时间调到开始时间之后。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="291" />
      <source>Save anyway?</source>
      <translation>仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="292" />
      <source>%1 members are registered, more than the capacity of %2.

Save anyway?</source>
      <translation>已有 %1 人报名，超过了 %2 人的名额。

仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="313" />
      <source>This activity no longer exists in the file; the edit cannot be saved.</source>
      <translation>此活动已不在文件中，无法保存修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="327" />
      <source>This activity was changed by %1 at %2 while you were editing.</source>
      <translation>在你编辑期间，%1 于 %2 修改了此活动。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="340" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="340" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="340" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="341" />
      <source>Sub-community</source>
      <translation>子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="341" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="342" />
      <source>Starts</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="342" />
      <source>Ends</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="342" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="343" />
      <source>Link</source>
      <translation>链接</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="343" />
      <source>Capacity</source>
      <translation>名额</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="344" />
      <source>Budget planned</source>
      <translation>计划预算</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="344" />
      <source>Budget spent</source>
      <translation>实际花费</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="345" />
      <source>Goal, registrations</source>
      <translation>目标报名数</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="345" />
      <source>Goal, attendance</source>
      <translation>目标到场数</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="346" />
      <source>Goal, conversions</source>
      <translation>目标转化数</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="346" />
      <source>Invited tiers</source>
      <translation>邀请等级</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="347" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="347" />
      <source>Review note</source>
      <translation>复盘记录</translation>
    </message>
  </context>
  <context>
    <name>ActivityListModel</name>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="24" />
      <source>Activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="24" />
      <source>Starts</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="24" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="24" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="24" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="25" />
      <source>Registered</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="25" />
      <source>Attended</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="25" />
      <source>Participation</source>
      <translation>参与率</translation>
    </message>
  </context>
  <context>
    <name>AppealDialog</name>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="378" />
      <source>Appeal</source>
      <translation>申诉</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="380" />
      <source>Case #%1 reopens as appealed with a fresh deadline. The decision stands until the appeal is upheld or overturned.</source>
      <translation>工单 #%1 将以“已申诉”状态重新打开，并重新计算处理时限。申诉结果（维持原处理或改判）出来之前，原处理结果继续有效。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="386" />
      <source>The member's reason</source>
      <translation>成员的申诉理由</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="391" />
      <source>Reopen as appealed</source>
      <translation>重新打开为申诉</translation>
    </message>
  </context>
  <context>
    <name>AtRiskPanel</name>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="110" />
      <source>No one is at risk. Run Recompute after importing activity.</source>
      <translation>暂无流失风险成员。导入行为记录后请运行“重新计算”。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="116" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="116" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="116" />
      <source>Flagged</source>
      <translation>预警时间</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="116" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="116" />
      <source>Last activity</source>
      <translation>最近活跃</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="117" />
      <source>Recall</source>
      <translation>召回方式</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="117" />
      <source>Recalled at</source>
      <translation>召回时间</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="117" />
      <source>Recalled by</source>
      <translation>召回人</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="117" />
      <source>Outcome</source>
      <translation>召回结果</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="121" />
      <source>Recall action:</source>
      <translation>召回方式：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="126" />
      <source>Message sent</source>
      <translation>已发消息</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="126" />
      <source>Gift offered</source>
      <translation>已送礼品</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="126" />
      <source>Called</source>
      <translation>已电话联系</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="127" />
      <source>Choose an action or type another</source>
      <translation>选择一种方式，或输入其他方式</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="129" />
      <source>Log recall</source>
      <translation>记录召回</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="142" />
      <source>Waiting</source>
      <translation>待观察</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="143" />
      <source>Active again (settled at the next recompute)</source>
      <translation>已重新活跃（下次重新计算时确认）</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="144" />
      <source>Did not return</source>
      <translation>未回归</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="178" />
      <source>At risk: %1 · recalls logged: %2 · returned: %3 · did not return: %4 · waiting: %5 · return rate: %6</source>
      <translation>流失风险：%1 · 已记录召回：%2 · 已回归：%3 · 未回归：%4 · 待观察：%5 · 回归率：%6</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="183" />
      <source>(showing the %1 oldest flags)</source>
      <translation>（仅显示最早预警的 %1 人）</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="199" />
      <source>Choose or type the recall action first.</source>
      <translation>请先选择或输入召回方式。</translation>
    </message>
  </context>
  <context>
    <name>BulkDecideDialog</name>
    <message>
      <location filename="../../app/views/moderation_bulk_dialog.py" line="22" />
      <source>Decide selected cases</source>
      <translation>批量处理所选工单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_bulk_dialog.py" line="24" />
      <source>Selected cases: %1. They are decided with one action; a case that is no longer open, or that a teammate changed meanwhile, is left as it is and listed.</source>
      <translation>已选 %1 个工单，将按同一处理方式一次处理；已不再待处理的工单，或期间被同事改动过的工单，会保持原样并单独列出。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_bulk_dialog.py" line="35" />
      <source>Dismiss (no violation)</source>
      <translation>驳回（未违规）</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_bulk_dialog.py" line="37" />
      <source>Action:</source>
      <translation>处理方式：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_bulk_dialog.py" line="42" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_bulk_dialog.py" line="43" />
      <source>Mute for:</source>
      <translation>禁言时长：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_bulk_dialog.py" line="46" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_bulk_dialog.py" line="51" />
      <source>Decide %1</source>
      <translation>处理 %1 个工单</translation>
    </message>
  </context>
  <context>
    <name>CalendarView</name>
    <message>
      <location filename="../../app/views/content_calendar.py" line="545" />
      <source>Week</source>
      <translation>周</translation>
    </message>
  </context>
  <context>
    <name>CaseDialog</name>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="175" />
      <source>New case</source>
      <translation>新建工单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="176" />
      <source>Case #%1</source>
      <translation>工单 #%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="186" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="189" />
      <source>No changes are logged for this case yet.</source>
      <translation>此工单还没有变更记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="192" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="218" />
      <source>Search the roster: name, nickname, phone or handle</source>
      <translation>搜索成员名单：姓名、昵称、手机号或平台账号</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="220" />
      <source>Optional: search the roster, or type the reporter's name</source>
      <translation>选填：搜索成员名单，或输入举报人姓名</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="221" />
      <source>Pick a member from the matches, or leave the typed name for someone who is not on the roster.</source>
      <translation>从匹配结果中选择成员；如举报人不在成员名单中，保留输入的姓名即可。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="225" />
      <source>The message or content, as it was posted</source>
      <translation>消息或内容的原文</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="233" />
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="252" />
      <source>Unassigned</source>
      <translation>未分配</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="262" />
      <source>Source:</source>
      <translation>来源：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="263" />
      <source>Member concerned:</source>
      <translation>涉及成员：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="264" />
      <source>Reported by:</source>
      <translation>举报人：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="265" />
      <source>Excerpt:</source>
      <translation>内容摘录：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="266" />
      <source>Message time:</source>
      <translation>消息时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="267" />
      <source>Platform:</source>
      <translation>平台：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="268" />
      <source>Category:</source>
      <translation>类别：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="269" />
      <source>Alert level:</source>
      <translation>预警等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="271" />
      <source>Rule broken:</source>
      <translation>违反规则：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="272" />
      <source>Assignee:</source>
      <translation>负责人：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="273" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="309" />
      <source>A new case: the member concerned and the excerpt are required.</source>
      <translation>新建工单：涉及成员和内容摘录为必填项。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="311" />
      <source>#%1 · %2 · version %3 · last changed by %4 at %5</source>
      <translation>#%1 · %2 · 版本 %3 · 最后由 %4 于 %5 修改</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="326" />
      <source>No rule cited</source>
      <translation>未引用规则</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="339" />
      <source>decided by %1 at %2</source>
      <translation>由 %1 于 %2 处理</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="349" />
      <source>Opened</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="349" />
      <source>Edited</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="349" />
      <source>Claimed</source>
      <translation>认领</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="350" />
      <source>Decided</source>
      <translation>处理</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="350" />
      <source>Dismissed</source>
      <translation>驳回</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="350" />
      <source>Appealed</source>
      <translation>申诉</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="351" />
      <source>Appeal upheld</source>
      <translation>申诉：维持原处理</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="351" />
      <source>Appeal overturned</source>
      <translation>申诉：改判</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="368" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="368" />
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="368" />
      <source>Excerpt</source>
      <translation>内容摘录</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="369" />
      <source>Message time</source>
      <translation>消息时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="369" />
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="370" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="370" />
      <source>Reporter</source>
      <translation>举报人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="371" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="371" />
      <source>Level</source>
      <translation>预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="371" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="372" />
      <source>Assignee</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="372" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="373" />
      <source>Due</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="373" />
      <source>Decided at</source>
      <translation>处理时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="373" />
      <source>Decided by</source>
      <translation>处理人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="374" />
      <source>SLA breached</source>
      <translation>超时（SLA）</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="374" />
      <source>Action</source>
      <translation>处理方式</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="375" />
      <source>Mute days</source>
      <translation>禁言天数</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="375" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="376" />
      <source>Credit move</source>
      <translation>信用分变动</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="398" />
      <source>Due in %1 h — %2</source>
      <translation>%1 小时内处理——%2 截止</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="400" />
      <source>Decided; the deadline was %1</source>
      <translation>已处理；截止时间为 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="404" />
      <source>Due %1 (%2)</source>
      <translation>%1 截止（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="431" />
      <source>Pick the member concerned from the roster matches.</source>
      <translation>请从成员名单的匹配结果中选择涉及成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="435" />
      <source>The reporter and the member concerned are the same person.</source>
      <translation>举报人与涉及成员是同一人。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="439" />
      <source>Enter the message or content excerpt.</source>
      <translation>请输入消息或内容摘录。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="474" />
      <source>This case no longer exists in the file; the edit cannot be saved.</source>
      <translation>此工单已不在文件中，无法保存修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="487" />
      <source>This case was changed by %1 at %2 while you were editing.</source>
      <translation>在你编辑期间，%1 于 %2 修改了此工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="504" />
      <source>member #%1</source>
      <translation>成员 #%1</translation>
    </message>
  </context>
  <context>
    <name>CasePanel</name>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="125" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="125" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="125" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="125" />
      <source>Credit</source>
      <translation>信用分</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="126" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="144" />
      <source>Level:</source>
      <translation>级别：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="144" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="145" />
      <source>Source:</source>
      <translation>来源：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="145" />
      <source>Category:</source>
      <translation>类别：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="146" />
      <source>Member:</source>
      <translation>成员：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="146" />
      <source>Reported by:</source>
      <translation>举报人：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="147" />
      <source>Message:</source>
      <translation>消息：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="147" />
      <source>Rule:</source>
      <translation>规则：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="148" />
      <source>Opened:</source>
      <translation>创建时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="148" />
      <source>Assignee:</source>
      <translation>处理人：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="149" />
      <source>Due:</source>
      <translation>截止时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="150" />
      <source>Decision:</source>
      <translation>处理结果：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="165" />
      <source>Member's history</source>
      <translation>成员历史</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="176" />
      <source>Tier:</source>
      <translation>等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="177" />
      <source>Credit score:</source>
      <translation>信用分：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="178" />
      <source>Earlier cases:</source>
      <translation>以往工单：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="190" />
      <source>Decision</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="196" />
      <source>Note on the decision</source>
      <translation>处理备注</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="201" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="203" />
      <source>Mute for</source>
      <translation>禁言时长</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="207" />
      <source>No action (N)</source>
      <translation>不处理(N)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="207" />
      <source>Warning (W)</source>
      <translation>警告(W)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="208" />
      <source>Delete message (D)</source>
      <translation>删除消息(D)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="208" />
      <source>Mute (M)</source>
      <translation>禁言(M)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="209" />
      <source>Remove (R)</source>
      <translation>移出群(R)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="209" />
      <source>Ban (B)</source>
      <translation>封禁(B)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="214" />
      <source>Dismiss (X)</source>
      <translation>驳回(X)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="215" />
      <source>Claim (C)</source>
      <translation>认领(C)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="216" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="217" />
      <source>Appeal… (A)</source>
      <translation>申诉…(A)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="218" />
      <source>Uphold (U)</source>
      <translation>维持原判(U)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="219" />
      <source>Overturn (O)</source>
      <translation>改判(O)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="222" />
      <source>An overturned appeal becomes:</source>
      <translation>申诉改判为：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="263" />
      <source>No case chosen</source>
      <translation>未选择工单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="272" />
      <source>Case #%1</source>
      <translation>工单 #%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="287" />
      <source>unassigned</source>
      <translation>未分配</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="314" />
      <source>credit %1</source>
      <translation>信用分 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="315" />
      <source>first decided by %1 at %2</source>
      <translation>%1 于 %2 首次处理</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="318" />
      <source>after the deadline</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="338" />
      <source>no tier</source>
      <translation>未定级</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="349" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_panel.py" line="351" />
      <source>%1 in all; the latest:</source>
      <translation>共 %1 个，最近的：</translation>
    </message>
  </context>
  <context>
    <name>CaseQueueModel</name>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="50" />
      <source>Level</source>
      <translation>预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="50" />
      <source>Due</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="50" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="50" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="50" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="51" />
      <source>Excerpt</source>
      <translation>内容摘录</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="51" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="51" />
      <source>Assignee</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="51" />
      <source>Opened</source>
      <translation>创建时间</translation>
    </message>
  </context>
  <context>
    <name>ChartCard</name>
    <message>
      <location filename="../../app/views/chart_card.py" line="62" />
      <source>Save PNG…</source>
      <translation>保存 PNG…</translation>
    </message>
    <message>
      <location filename="../../app/views/chart_card.py" line="63" />
      <source>Save this chart as a PNG image</source>
      <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
      <location filename="../../app/views/chart_card.py" line="64" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../app/views/chart_card.py" line="65" />
      <source>Copy this chart to the clipboard as an image</source>
      <translation>将此图表作为图片复制到剪贴板</translation>
    </message>
    <message>
      <location filename="../../app/views/chart_card.py" line="70" />
      <source>Computing…</source>
      <translation>计算中…</translation>
    </message>
    <message>
      <location filename="../../app/views/chart_card.py" line="164" />
      <source>Save chart as PNG</source>
      <translation>将图表保存为 PNG</translation>
    </message>
    <message>
      <location filename="../../app/views/chart_card.py" line="165" />
      <source>PNG image (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/views/chart_card.py" line="171" />
      <source>Save PNG</source>
      <translation>保存 PNG</translation>
    </message>
    <message>
      <location filename="../../app/views/chart_card.py" line="172" />
      <source>Could not write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="../../app/views/import_wizard.py" line="505" />
      <source>Check the rows</source>
      <translation>检查数据行</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="506" />
      <source>Every row is checked before anything is written.</source>
      <translation>写入任何数据之前，会先逐行检查。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="530" />
      <source>Invalid rows:</source>
      <translation>无效行：</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="534" />
      <source>Merges and notes:</source>
      <translation>合并与提示：</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="535" />
      <source>Import the valid rows and write the invalid ones to a rejects file</source>
      <translation>导入有效行，无效行另存为错误行文件</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="565" />
      <source>Checking the rows…</source>
      <translation>正在检查数据行…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="594" />
      <source>Checking the rows… %1 read</source>
      <translation>正在检查数据行… 已读取 %1 行</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="604" />
      <source>The file has no member rows.</source>
      <translation>文件中没有成员数据行。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="625" />
      <source>%1 rows are invalid, so nothing would be written. Fix them in the file, or tick the box above to import the valid rows.</source>
      <translation>有 %1 行无效，因此不会写入任何数据。请在文件中修正这些行，或勾选上方选项，只导入有效行。</translation>
    </message>
  </context>
  <context>
    <name>CheckinImportDialog</name>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="40" />
      <source>Import a list — %1</source>
      <translation>导入名单 — %1</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="60" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="73" />
      <source>A file (CSV or Excel)</source>
      <translation>文件（CSV 或 Excel）</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="75" />
      <source>Pasted names, nicknames, phones or @handles</source>
      <translation>粘贴的姓名、昵称、手机号或 @账号</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="83" />
      <source>a .csv or .xlsx file with a name, nickname, phone or handle column</source>
      <translation>包含姓名、昵称、手机号或账号列的 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="86" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="91" />
      <source>One person per line, e.g.
1. 张伟
2. @Luna
13800138000</source>
      <translation>每行一人，例如：
1. 张伟
2. @Luna
13800138000</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="97" />
      <source>Registration list: who signed up</source>
      <translation>报名名单：已报名的人</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="98" />
      <source>Check-in list: who came (the unregistered become walk-ins)</source>
      <translation>签到名单：实际到场的人（未报名者记为现场参与）</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="101" />
      <source>Match</source>
      <translation>匹配</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="114" />
      <source>The list is a</source>
      <translation>名单类型</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="141" />
      <source>Only rows that need a decision</source>
      <translation>只看待确认的行</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="144" />
      <source>Selected: add as new members</source>
      <translation>所选行：添加为新成员</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="147" />
      <source>Selected: skip</source>
      <translation>所选行：跳过</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="150" />
      <source>Skip all unknown</source>
      <translation>跳过全部未识别</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="152" />
      <source>Nobody on the roster is like them: leave them out of this import.</source>
      <translation>成员名单中没有与之相似的人：本次导入不包含这些行。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="170" />
      <source>Type a name, nickname, phone or handle</source>
      <translation>输入姓名、昵称、手机号或账号</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="172" />
      <source>Use this member</source>
      <translation>选用此成员</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="189" />
      <source>Choose a list</source>
      <translation>选择名单</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="190" />
      <source>Lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
      <translation>名单文件 (*.csv *.xlsx *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="210" />
      <source>Choose a file first.</source>
      <translation>请先选择文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="213" />
      <source>Paste the names first, one per line.</source>
      <translation>请先粘贴名单，每行一人。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="221" />
      <source>Reading and matching the list…</source>
      <translation>正在读取并匹配名单…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="236" />
      <source>Matching %1 of %2…</source>
      <translation>正在匹配 %1/%2…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="238" />
      <source>%1 rows read…</source>
      <translation>已读取 %1 行…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="250" />
      <source>The list has no names to match.</source>
      <translation>名单中没有可匹配的名字。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="253" />
      <source>%1 people in the list: %2 matched, %3 need a decision, %4 unknown.</source>
      <translation>名单共 %1 人：已匹配 %2 人，待确认 %3 人，未识别 %4 人。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="257" />
      <source>%1 repeated lines were counted once.</source>
      <translation>有 %1 行重复，只计一次。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="259" />
      <source>%1 rows without a name, phone or handle were left out.</source>
      <translation>已略过 %1 行没有姓名、手机号或账号的数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="261" />
      <source>No column is named like a name, nickname, phone, WeChat ID, email or handle, so the first column (“%1”) was matched, its first row included.</source>
      <translation>没有哪一列的列名像姓名、昵称、手机号、微信号、邮箱或账号，因此按第一列（“%1”）匹配，第一行也计入在内。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="265" />
      <source>Matched on: %1.</source>
      <translation>匹配依据：%1。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="269" />
      <source>Nothing was done: %1</source>
      <translation>未执行任何操作：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="274" />
      <source>Cancelled — nothing was written.</source>
      <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="302" />
      <source>%1 rows need a decision</source>
      <translation>%1 行待确认</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="323" />
      <source>Find “%1”:</source>
      <translation>查找“%1”：</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="342" />
      <source>No member matches.</source>
      <translation>没有匹配的成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="363" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="371" />
      <source>Imported: %1 checked in, %2 walk-ins, %3 already there, %4 new members, %5 skipped.</source>
      <translation>导入完成：签到 %1 人，现场参与 %2 人，此前已签到 %3 人，新增成员 %4 人，跳过 %5 人。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="374" />
      <source>Imported: %1 registered, %2 already registered, %3 new members, %4 skipped.</source>
      <translation>导入完成：报名 %1 人，此前已报名 %2 人，新增成员 %3 人，跳过 %4 人。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="377" />
      <source>%1 listed more than once, counted once.</source>
      <translation>另有 %1 人在名单中重复出现，只计一次。</translation>
    </message>
  </context>
  <context>
    <name>CommunityFilePage</name>
    <message>
      <location filename="../../app/views/settings_pages.py" line="331" />
      <source>Community file</source>
      <translation>社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="332" />
      <source>These settings are kept in the community file itself, so everyone who opens the file shares them. Each opens in its own dialog and is saved there.</source>
      <translation>这些设置保存在社群文件中，所有打开此文件的人共用。每项设置都在各自的对话框中打开和保存。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="339" />
      <source>Lifecycle</source>
      <translation>生命周期</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="340" />
      <source>Tier ladder, points, RFM, churn and KOL thresholds, rewards.</source>
      <translation>等级体系、积分、RFM、流失预警与 KOL 阈值、奖励。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="341" />
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="342" />
      <source>Channels and their cadence, pillars and their target mix, hot-topic response times.</source>
      <translation>渠道及发布节奏、内容支柱及目标配比、热点话题响应时限。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="343" />
      <source>Moderation</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="344" />
      <source>Deadlines (SLA) per alert level, credit moves per action, categories, community rules.</source>
      <translation>各预警等级的处理时限（SLA）、各处理方式的信用分变动、违规类别、社群规则。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="346" />
      <source>Dashboard targets and time zone</source>
      <translation>数据看板目标与时区</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="347" />
      <source>KPI targets on the dashboard, and the time zone its days are counted in.</source>
      <translation>数据看板上的 KPI 目标，以及统计天数所依据的时区。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="357" />
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="374" />
      <source>Open a community file to change its settings.</source>
      <translation>打开社群文件后即可修改其设置。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="376" />
      <source>%1 is open read-only: its settings cannot be changed.</source>
      <translation>%1 以只读方式打开：无法修改其设置。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="378" />
      <source>The open file: %1</source>
      <translation>当前打开的文件：%1</translation>
    </message>
  </context>
  <context>
    <name>ContentItemDialog</name>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="177" />
      <source>New content item</source>
      <translation>新建内容</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="177" />
      <source>Edit content item</source>
      <translation>编辑内容</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="186" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="187" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="213" />
      <source>Draft, outline or notes</source>
      <translation>草稿、提纲或备注</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="216" />
      <source>No date (idea backlog)</source>
      <translation>不设日期（放入选题库）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="226" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="229" />
      <source>Duration:</source>
      <translation>时长：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="235" />
      <source>Sub-community:</source>
      <translation>子社群：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="237" />
      <source>Planned for:</source>
      <translation>计划时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="238" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="239" />
      <source>Body / notes:</source>
      <translation>正文 / 备注：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="245" />
      <source>Results</source>
      <translation>效果数据</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="248" />
      <source>Tick to record the reads and reactions this item got.</source>
      <translation>勾选后可录入这条内容的阅读和互动数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="250" />
      <source>Reads:</source>
      <translation>阅读：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="250" />
      <source>Comments:</source>
      <translation>评论：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="250" />
      <source>Likes:</source>
      <translation>点赞：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="251" />
      <source>Shares:</source>
      <translation>转发：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="265" />
      <source>Interaction rate:</source>
      <translation>互动率：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="266" />
      <source>Share rate:</source>
      <translation>转发率：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="271" />
      <source>No changes are logged for this item yet.</source>
      <translation>这条内容还没有变更记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="299" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="318" />
      <source>A new content item: a title is required.</source>
      <translation>新建内容：标题为必填项。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="320" />
      <source>#%1 · version %2 · last changed by %3 at %4</source>
      <translation>#%1 · 第 %2 版 · %3 最后修改于 %4</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="337" />
      <source>Created</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="337" />
      <source>Edited</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="337" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="338" />
      <source>Restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="338" />
      <source>Rescheduled</source>
      <translation>改期</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="339" />
      <source>Status changed</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="339" />
      <source>Results recorded</source>
      <translation>录入效果数据</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="342" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="342" />
      <source>Body</source>
      <translation>正文</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="342" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="343" />
      <source>Pillar</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="343" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="343" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="344" />
      <source>Sub-community</source>
      <translation>子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="344" />
      <source>Planned for</source>
      <translation>计划时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="345" />
      <source>Duration</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="345" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="346" />
      <source>Published at</source>
      <translation>发布时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="346" />
      <source>Reads</source>
      <translation>阅读</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="347" />
      <source>Comments</source>
      <translation>评论</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="347" />
      <source>Likes</source>
      <translation>点赞</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="347" />
      <source>Shares</source>
      <translation>转发</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="348" />
      <source>Series</source>
      <translation>系列</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="348" />
      <source>Hot topic</source>
      <translation>热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="349" />
      <source>Deleted at</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="349" />
      <source>Calendar id</source>
      <translation>日历 ID</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="359" />
      <source>%1 (new)</source>
      <translation>%1（新建）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="398" />
      <source>It is scheduled for a time in the past.</source>
      <translation>排期时间已过去。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="416" />
      <source>Save anyway?</source>
      <translation>仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="416" />
      <source>%1

Save anyway?</source>
      <translation>%1

仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="436" />
      <source>This item no longer exists in the file; the edit cannot be saved.</source>
      <translation>这条内容已不在文件中，无法保存修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="454" />
      <source>This item was changed by %1 at %2 while you were editing.</source>
      <translation>你编辑期间，%1 于 %2 修改了这条内容。</translation>
    </message>
  </context>
  <context>
    <name>ContentListModel</name>
    <message>
      <location filename="../../app/views/content_list_model.py" line="35" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="35" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="35" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="35" />
      <source>Pillar</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="35" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="36" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="36" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="36" />
      <source>Reads</source>
      <translation>阅读</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="36" />
      <source>Interaction rate</source>
      <translation>互动率</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="37" />
      <source>Share rate</source>
      <translation>转发率</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="49" />
      <source>(no date)</source>
      <translation>（无日期）</translation>
    </message>
  </context>
  <context>
    <name>ContentSettingsDialog</name>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="62" />
      <source>Content settings</source>
      <translation>内容设置</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="106" />
      <source>Channels</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="108" />
      <source>Cadence per ISO week (Monday first); "—" means no rule. A removed channel is archived: its items keep it.</source>
      <translation>发布节奏按 ISO 周计算（周一为第一天）；“—”表示不限。移除的渠道会被归档，已有内容仍保留该渠道。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="113" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="113" />
      <source>Min per week</source>
      <translation>每周至少</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="113" />
      <source>Max per week</source>
      <translation>每周至多</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="113" />
      <source>Longest empty stretch</source>
      <translation>最长空档</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="114" />
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="118" />
      <source>Add channel</source>
      <translation>添加渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="119" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="120" />
      <source>A channel added here is dropped; a saved one is archived.</source>
      <translation>刚添加的渠道会被直接删除；已保存的渠道会被归档。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="121" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="122" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="131" />
      <source>Content pillars</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="133" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="133" />
      <source>Target share</source>
      <translation>目标占比</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="137" />
      <source>Add pillar</source>
      <translation>添加支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="147" />
      <source>Hot topics and the calendar</source>
      <translation>热点话题与日历</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="152" />
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="157" />
      <source>Respond to a hot topic within:</source>
      <translation>热点响应时限：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="161" />
      <source>The time an item gets when it is dropped on a day without one.</source>
      <translation>内容拖到没有设定时间的日期上时使用的时间。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="162" />
      <source>Default time of day:</source>
      <translation>默认发布时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="207" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="210" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="290" />
      <source>Leave empty to keep the built-in name (translated with the app).</source>
      <translation>留空则使用内置名称（随界面语言翻译）。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="321" />
      <source>Pillar colour</source>
      <translation>支柱颜色</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="346" />
      <source>Active pillars add up to %1% (must be 100%)</source>
      <translation>启用中的支柱合计 %1%（须为 100%）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="355" />
      <source>Channels, row %1: enter a name.</source>
      <translation>渠道第 %1 行：请输入名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="358" />
      <source>Channels, row %1: %2 is already the name of row %3.</source>
      <translation>渠道第 %1 行：%2 已是第 %3 行的名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="362" />
      <source>Channels, row %1 (%2): at least %3 a week is more than at most %4.</source>
      <translation>渠道第 %1 行（%2）：每周至少 %3 条，超过了每周至多 %4 条。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="366" />
      <source>Pillars, row %1: enter a name.</source>
      <translation>内容支柱第 %1 行：请输入名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="369" />
      <source>The target shares of the active pillars add up to %1%; they must add up to 100%.</source>
      <translation>启用中的内容支柱目标占比合计为 %1%，须合计为 100%。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="410" />
      <source>%1 changed these settings at %2 while you were editing; nothing was saved yet.</source>
      <translation>你编辑期间，%1 于 %2 修改了这些设置；你的修改尚未保存。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="418" />
      <source>Respond to a %1 hot topic within</source>
      <translation>%1 热点响应时限</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="419" />
      <source>Default time of day</source>
      <translation>默认发布时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="425" />
      <source> (archived)</source>
      <translation>（已归档）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="432" />
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
  </context>
  <context>
    <name>ContentTab</name>
    <message>
      <location filename="../../app/views/tabs/content.py" line="66" />
      <source>Nothing is planned yet: double-click a day to add an item, drag an idea from the backlog onto a day, or create a recurring series.</source>
      <translation>还没有任何排期：双击某一天添加内容，把选题库中的选题拖到某一天，或创建重复系列。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="94" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="103" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="117" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="117" />
      <source>Week</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="117" />
      <source>List</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="128" />
      <source>Previous</source>
      <translation>上一页</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="129" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="129" />
      <source>Back to today</source>
      <translation>回到今天</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="130" />
      <source>Next</source>
      <translation>下一页</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="142" />
      <source>New item…</source>
      <translation>新建内容…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="145" />
      <source>Recurring series…</source>
      <translation>重复系列…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="148" />
      <source>Log hot topic…</source>
      <translation>记录热点话题…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="151" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="153" />
      <source>iCalendar (.ics) for Outlook, Apple and Google Calendar, or an Excel workbook</source>
      <translation>导出为 iCalendar (.ics)，可导入 Outlook、Apple 日历和 Google 日历；或导出为 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="156" />
      <source>Export list…</source>
      <translation>导出列表…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="158" />
      <source>The list as shown (these filters, this order, these columns) to Excel or CSV</source>
      <translation>按当前显示（当前筛选、排序和列）导出列表到 Excel 或 CSV</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="181" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="181" />
      <source>Pillar</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="182" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="182" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="185" />
      <source>Activities</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="187" />
      <source>Show the activities on the calendar (they are planned on the Activities tab)</source>
      <translation>在日历上显示活动（活动在“活动”页中策划）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="207" />
      <source>Include the idea backlog</source>
      <translation>包含选题库</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="236" />
      <source>Drag an idea onto a day to plan it; drag an item here to take its date away.</source>
      <translation>把选题拖到某一天即可排期；把内容拖到这里可取消其日期。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="245" />
      <source>New idea…</source>
      <translation>新建选题…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="249" />
      <source>Idea backlog</source>
      <translation>选题库</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="260" />
      <source>Cadence</source>
      <translation>发布节奏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="268" />
      <source>Mix &amp;&amp; cadence</source>
      <translation>配比 &amp;&amp; 节奏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="280" />
      <source>Hot topics</source>
      <translation>热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="343" />
      <source>%1 – %2 · week %3</source>
      <translation>%1 – %2 · 第 %3 周</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="345" />
      <source>%1 %2</source>
      <translation>%2年%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="356" />
      <source>All channels</source>
      <translation>全部渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="358" />
      <source>All pillars</source>
      <translation>全部支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="360" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="361" />
      <source>All owners</source>
      <translation>全部负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="457" />
      <source>%1: %2 this week, at most %3 (too dense)</source>
      <translation>%1：本周 %2 条，至多 %3 条（过密）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="458" />
      <source>%1: %2 this week, at least %3 (too sparse)</source>
      <translation>%1：本周 %2 条，至少 %3 条（过疏）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="461" />
      <source>%1: nothing for %2 days (%3 – %4), at most %5</source>
      <translation>%1：%2 天无内容（%3 – %4），最长允许 %5 天</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="480" />
      <source>No channel</source>
      <translation>无渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="487" />
      <source>No pillar</source>
      <translation>未分类</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="490" />
      <source>Pillar mix %1 – %2: planned / target</source>
      <translation>支柱配比 %1 – %2：计划 / 目标</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="495" />
      <source>Week %1 · %2</source>
      <translation>第 %1 周 · %2</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="499" />
      <source>Every channel keeps its rhythm in this period.</source>
      <translation>本周期内各渠道发布节奏均正常。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="518" />
      <source>Changed by someone else</source>
      <translation>已被他人修改</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="519" />
      <source>%1 changed “%2” at %3, before your change reached the file; the calendar now shows their version.

%4 anyway?</source>
      <translation>在你的修改写入文件之前，%1 于 %3 修改了“%2”；日历现在显示的是对方的版本。

仍要%4吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="526" />
      <source>Cannot change the item</source>
      <translation>无法修改内容</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="536" />
      <source>Scheduled in the past</source>
      <translation>排期时间已过去</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="537" />
      <source>“%1” is scheduled, and %2 is in the past. Move it there anyway?</source>
      <translation>“%1”已排期，而 %2 已经过去。仍要移到该时间吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="559" />
      <source>Move it to %1</source>
      <translation>移到 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="563" />
      <source>Move it to the idea backlog</source>
      <translation>移回选题库</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="567" />
      <source>Set its status to %1</source>
      <translation>将状态改为%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="570" />
      <source>Delete item</source>
      <translation>删除内容</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="571" />
      <source>Delete “%1”? You can undo this.</source>
      <translation>删除“%1”？此操作可以撤销。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="574" />
      <source>Delete it</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="578" />
      <source>Deleted “%1”.</source>
      <translation>已删除“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="589" />
      <source>Restore it</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="605" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="621" />
      <source>Move to the idea backlog</source>
      <translation>移回选题库</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="625" />
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="697" />
      <source>The visible period (%1 – %2)</source>
      <translation>当前显示的周期（%1 – %2）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="698" />
      <source>From today on</source>
      <translation>从今天起</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="699" />
      <source>Everything</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="705" />
      <source>Export the content calendar</source>
      <translation>导出内容日历</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="706" />
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="706" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="710" />
      <source>Which items?</source>
      <translation>导出哪些内容？</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="727" />
      <source>Exported %1 items to %2.</source>
      <translation>已导出 %1 条内容到 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="735" />
      <source>Export the content list</source>
      <translation>导出内容列表</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="741" />
      <source>Content</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>DashboardCharts</name>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="292" />
      <source>DAU</source>
      <translation>日活(DAU)</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="293" />
      <source>MAU</source>
      <translation>月活(MAU)</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="346" />
      <source>New members</source>
      <translation>新增成员</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="346" />
      <source>Leavers</source>
      <translation>退群成员</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="355" />
      <source>Promotions</source>
      <translation>升级</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="355" />
      <source>Demotions</source>
      <translation>降级</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="383" />
      <source>Weeks since join</source>
      <translation>入群后周数</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="384" />
      <source>Join week (members)</source>
      <translation>入群周（成员数）</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="418" />
      <source>No tier</source>
      <translation>未定级</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="474" />
      <source>No pillar</source>
      <translation>未分类</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="478" />
      <source>Output share</source>
      <translation>产出占比</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="478" />
      <source>Target share</source>
      <translation>目标占比</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="495" />
      <source>no sign-ups</source>
      <translation>无人报名</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="502" />
      <source>Latest %1 of %2 activities</source>
      <translation>最近 %1 场活动（共 %2 场）</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="524" />
      <source>SLA breach %1</source>
      <translation>超时率 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="530" />
      <source>Opened</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_charts.py" line="530" />
      <source>Decided</source>
      <translation>已处理</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="14" />
      <source>Daily and monthly active members</source>
      <translation>日活与月活</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="15" />
      <source>Stickiness (DAU / MAU)</source>
      <translation>粘性（日活/月活）</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="16" />
      <source>New members and leavers per week</source>
      <translation>每周新增与退群成员</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="17" />
      <source>Retention by join week</source>
      <translation>按入群周的留存率</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="18" />
      <source>Members by tier</source>
      <translation>各等级成员数</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="19" />
      <source>Tier moves per month</source>
      <translation>每月等级变动</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="20" />
      <source>RFM segments</source>
      <translation>RFM 分层</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="21" />
      <source>Content output by pillar vs target</source>
      <translation>各内容支柱产出与目标占比</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="22" />
      <source>Activity participation rate</source>
      <translation>活动参与率</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="23" />
      <source>Moderation cases by level</source>
      <translation>各级别审核工单</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="25" />
      <source>No data for this period</source>
      <translation>此统计周期内暂无数据</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="43" />
      <source>Red</source>
      <translation>红色</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="44" />
      <source>Yellow</source>
      <translation>黄色</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="45" />
      <source>Blue</source>
      <translation>蓝色</translation>
    </message>
  </context>
  <context>
    <name>DashboardSettingsDialog</name>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="53" />
      <source>Dashboard targets &amp; time zone</source>
      <translation>数据看板目标与时区</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="65" />
      <source>This computer's time zone (%1)</source>
      <translation>本机时区（%1）</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="66" />
      <source>This computer's time zone</source>
      <translation>本机时区</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="69" />
      <source>Days on the dashboard are calendar days in this zone. Type any IANA name, such as Asia/Shanghai.</source>
      <translation>数据看板按此时区的自然日统计。可输入任意 IANA 时区名，如 Asia/Shanghai。</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="71" />
      <source>Time zone:</source>
      <translation>时区：</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="72" />
      <source>Dashboard days are calendar days in this zone; everyone who opens the file shares it.</source>
      <translation>数据看板按此时区的自然日统计；所有打开此文件的人共用这一设置。</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="78" />
      <source>Targets (the lowest value means no target)</source>
      <translation>目标（设为最小值即不设目标）</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="102" />
      <source>no target</source>
      <translation>未设目标</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="111" />
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="181" />
      <source>%1 changed the dashboard settings at %2 while you were editing; nothing was saved yet.</source>
      <translation>你编辑期间，%1 于 %2 修改了数据看板设置；你的修改尚未保存。</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="193" />
      <source>Time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="195" />
      <source>Target: %1</source>
      <translation>目标：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_settings_dialog.py" line="205" />
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
  </context>
  <context>
    <name>DashboardTab</name>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="101" />
      <source>All members</source>
      <translation>全体成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="109" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="111" />
      <source>Compute the figures again from the file</source>
      <translation>根据文件重新计算各项指标</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="113" />
      <source>Targets &amp;&amp; time zone…</source>
      <translation>目标 &amp;&amp; 时区…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="118" />
      <source>Members:</source>
      <translation>成员：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="151" />
      <source>Saved the chart to %1</source>
      <translation>图表已保存到 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="152" />
      <source>Copied the chart to the clipboard</source>
      <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="209" />
      <source>No community file is open</source>
      <translation>未打开社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="227" />
      <source>The dashboard uses this computer's time zone: %1</source>
      <translation>数据看板使用本机时区：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="246" />
      <source>Dashboard targets and time zone saved.</source>
      <translation>数据看板目标和时区已保存。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="296" />
      <source>Dashboard</source>
      <translation>数据看板</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="314" />
      <source>vs %1</source>
      <translation>对比 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="320" />
      <source>needs a period over 30 days</source>
      <translation>统计周期需超过 30 天</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="321" />
      <source>%1 · %2 · %3</source>
      <translation>%1 · %2 · %3</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="348" />
      <source>d MMM yyyy</source>
      <translation>yyyy年M月d日</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="348" />
      <source>d MMM</source>
      <translation>M月d日</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/dashboard.py" line="356" />
      <source>%1 – %2</source>
      <translation>%1 至 %2</translation>
    </message>
  </context>
  <context>
    <name>DayCell</name>
    <message>
      <location filename="../../app/views/content_calendar.py" line="332" />
      <source>+%1 more</source>
      <translation>还有 %1 项</translation>
    </message>
  </context>
  <context>
    <name>ErrorReporter</name>
    <message>
      <location filename="../../app/views/error_hook.py" line="46" />
      <source>Unexpected error</source>
      <translation>程序出错</translation>
    </message>
    <message>
      <location filename="../../app/views/error_hook.py" line="47" />
      <source>Something went wrong: %1

The details were written to %2.</source>
      <translation>出现问题：%1

详细信息已写入 %2。</translation>
    </message>
  </context>
  <context>
    <name>EventImportDialog</name>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="25" />
      <source>Import activity</source>
      <translation>导入行为记录</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="30" />
      <source>Messages, joins and leaves from a chat export, or check-ins and purchases from a spreadsheet. Importing the same export again adds nothing twice.</source>
      <translation>可从聊天记录导出文件导入发言、入群和退群记录，或从表格导入签到和购买记录。重复导入同一份导出文件不会重复添加。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="35" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="41" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="44" />
      <source>Recognise automatically</source>
      <translation>自动识别</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="44" />
      <source>Telegram Desktop (result.json)</source>
      <translation>Telegram Desktop（result.json）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="45" />
      <source>DiscordChatExporter (JSON)</source>
      <translation>DiscordChatExporter（JSON）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="46" />
      <source>DiscordChatExporter (CSV)</source>
      <translation>DiscordChatExporter（CSV）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="46" />
      <source>WeChat (CSV)</source>
      <translation>微信（CSV）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="47" />
      <source>QQ (text export)</source>
      <translation>QQ（文本导出）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="47" />
      <source>Events spreadsheet (CSV)</source>
      <translation>行为记录表格（CSV）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="50" />
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="53" />
      <source>only for Discord CSV, e.g. %d-%b-%y %I:%M %p</source>
      <translation>仅用于 Discord CSV，例如 %d-%b-%y %I:%M %p</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="54" />
      <source>Date format</source>
      <translation>日期格式</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="57" />
      <source>this computer's time zone, or e.g. Asia/Shanghai</source>
      <translation>本机时区，或如 Asia/Shanghai</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="58" />
      <source>Time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="70" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="80" />
      <source>Choose an export</source>
      <translation>选择导出文件</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="81" />
      <source>Exports (*.json *.csv *.txt);;All files (*)</source>
      <translation>导出文件 (*.json *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="88" />
      <source>Choose a file first.</source>
      <translation>请先选择文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="94" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="102" />
      <source>%1 events read…</source>
      <translation>已读取 %1 条记录…</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="106" />
      <source>%1 events read: %2 added, %3 already imported, %4 without a sender ID skipped, %5 new members.</source>
      <translation>共读取 %1 条记录：新增 %2 条，%3 条此前已导入，%4 条缺少发送者 ID 已跳过，新增成员 %5 人。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="113" />
      <source>Sensitive-word scan: %1 messages, %2 cases opened.</source>
      <translation>敏感词扫描：%1 条消息，新建 %2 个工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="117" />
      <source>Nothing was imported: %1</source>
      <translation>未导入任何内容：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="122" />
      <source>Cancelled — nothing was written.</source>
      <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="128" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
  </context>
  <context>
    <name>ExportRunner</name>
    <message>
      <location filename="../../app/views/export_runner.py" line="24" />
      <source>Exporting to %1…</source>
      <translation>正在导出到 %1…</translation>
    </message>
    <message>
      <location filename="../../app/views/export_runner.py" line="25" />
      <source>Export cancelled; no file was written.</source>
      <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/export_runner.py" line="26" />
      <source>The export failed.</source>
      <translation>导出失败。</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../app/views/import_wizard.py" line="149" />
      <source>Choose the file</source>
      <translation>选择文件</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="150" />
      <source>A CSV or Excel (.xlsx) file with a header row and one member per row.</source>
      <translation>带表头行、每行一位成员的 CSV 或 Excel（.xlsx）文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="157" />
      <source>Path of a .csv, .txt, .tsv or .xlsx file</source>
      <translation>.csv、.txt、.tsv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="158" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="168" />
      <source>The text encoding of a CSV file. It is detected; choose another one if the preview shows garbled text.</source>
      <translation>CSV 文件的文本编码。已自动检测；如预览出现乱码，请选择其他编码。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="175" />
      <source>File:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="176" />
      <source>Encoding:</source>
      <translation>编码：</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="213" />
      <source>Choose the member file</source>
      <translation>选择成员文件</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="214" />
      <source>Tables (*.csv *.txt *.tsv *.xlsx)</source>
      <translation>表格 (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="246" />
      <source>Reading %1…</source>
      <translation>正在读取 %1…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="282" />
      <source>Choose a file to see its first rows.</source>
      <translation>选择文件后可查看前几行。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="286" />
      <source>%1 columns; the first %2 rows are shown. Row numbers are the file's own.</source>
      <translation>共 %1 列，显示前 %2 行。行号为文件中的原始行号。</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../app/views/first_run.py" line="359" />
      <source>Getting started — %1</source>
      <translation>开始使用 — %1</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="381" />
      <source>Building the demo community…</source>
      <translation>正在生成演示社群…</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="396" />
      <source>The demo community is ready.</source>
      <translation>演示社群已准备好。</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="400" />
      <source>The demo could not be built: %1</source>
      <translation>无法生成演示社群：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="462" />
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
  </context>
  <context>
    <name>GeneralPage</name>
    <message>
      <location filename="../../app/views/settings_pages.py" line="106" />
      <source>General</source>
      <translation>常规</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="108" />
      <source>Interface language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="109" />
      <source>The language of menus, dialogs and messages. New reports are written in it too.</source>
      <translation>菜单、对话框和提示信息所用的语言。新生成的报告也使用该语言。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="111" />
      <source>A new interface language takes effect when Community Desk restarts.</source>
      <translation>新的界面语言将在社群运营工作台重新启动后生效。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="117" />
      <source>Operator name</source>
      <translation>运营者姓名</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="118" />
      <source>Shown to teammates who have the same file open, and recorded with every change you make.</source>
      <translation>会显示给同时打开此文件的同事，并随你的每一项修改一起记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="120" />
      <source>your login name on this computer (%1)</source>
      <translation>本机登录用户名（%1）</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="132" />
      <source>Follow the system (%1)</source>
      <translation>跟随系统（%1）</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="155" />
      <source>Enter an operator name: it signs every change you make.</source>
      <translation>请填写运营者姓名：你的每一项修改都会署上这个名字。</translation>
    </message>
  </context>
  <context>
    <name>GuidedTour</name>
    <message>
      <location filename="../../app/views/tour.py" line="19" />
      <source>The community's health at a glance: members, daily and monthly actives, retention and more, each against its target. Choose a period or a sub-community at the top.</source>
      <translation>社群健康度一览：成员数、日活、月活、留存率等，每项都对照目标。可在上方选择统计周期或子社群。</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="22" />
      <source>Everyone in the community with their tier, points and RFM segment. Import a spreadsheet here, and recompute the lifecycle to see who is at risk and who could be a KOL.</source>
      <translation>社群里的每一位成员，以及他们的等级、积分和 RFM 分层。在这里导入表格，重新计算生命周期后就能看到谁有流失风险、谁可能成为 KOL。</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="25" />
      <source>The content calendar: plan posts by channel and pillar, drag them to another day, and keep an eye on the cadence and the pillar mix.</source>
      <translation>内容日历：按渠道和内容支柱规划内容，拖到另一天即可改期，随时关注发布节奏和支柱配比。</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="28" />
      <source>Run events from warm-up to review: the checklist, registrations and check-ins, then participation, cost per attendee and A/B results.</source>
      <translation>从预热到复盘管好每场活动：任务清单、报名和签到，再到参与率、人均成本和 A/B 测试结果。</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="31" />
      <source>Reports and sensitive-word hits become cases with a deadline. Work the queue with one key per decision: J and K move, N W D M R B decide.</source>
      <translation>举报和敏感词命中都会变成有处理时限的工单。一键处理队列：J 和 K 切换工单，N W D M R B 直接处理。</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="34" />
      <source>The operations report as an Excel workbook for managers, for any period. Help ▸ User guide explains every tab in more detail.</source>
      <translation>为管理者生成任意周期的 Excel 运营报告。“帮助 ▸ 用户指南”里有各标签页的详细说明。</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="160" />
      <source>Step %1 of %2</source>
      <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="163" />
      <source>Skip tour</source>
      <translation>跳过导览</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="164" />
      <source>Back</source>
      <translation>上一步</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="167" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../app/views/tour.py" line="167" />
      <source>Next</source>
      <translation>下一步</translation>
    </message>
  </context>
  <context>
    <name>HeatMap</name>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="110" />
      <source>%1 %2:00 · no past activity</source>
      <translation>%1 %2:00 · 过去无活动</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="113" />
      <source>%1 %2:00 · %3 activities · %4 of %5 registered came (%6)</source>
      <translation>%1 %2:00 · %3 场活动 · %5 人报名，到场 %4 人（%6）</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../../app/views/help_dialog.py" line="41" />
      <source>User guide</source>
      <translation>用户指南</translation>
    </message>
    <message>
      <location filename="../../app/views/help_dialog.py" line="45" />
      <source>&amp;Find:</source>
      <translation>查找(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../app/views/help_dialog.py" line="48" />
      <source>A word in the guide; Enter finds the next</source>
      <translation>输入要在指南中查找的词，按回车查找下一个</translation>
    </message>
    <message>
      <location filename="../../app/views/help_dialog.py" line="60" />
      <source>Contents</source>
      <translation>目录</translation>
    </message>
    <message>
      <location filename="../../app/views/help_dialog.py" line="112" />
      <source>“%1” is not in the guide</source>
      <translation>指南中没有“%1”</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../app/views/history_dialog.py" line="183" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="218" />
      <source>id or name</source>
      <translation>ID 或名称</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="225" />
      <source>text in the values</source>
      <translation>值中包含的文字</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="227" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="235" />
      <source>Record type</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="235" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="236" />
      <source>Person</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="236" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="237" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="237" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="248" />
      <source>any day</source>
      <translation>不限日期</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="280" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="280" />
      <source>Before</source>
      <translation>修改前</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="280" />
      <source>After</source>
      <translation>修改后</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="280" />
      <source>Now</source>
      <translation>当前值</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="289" />
      <source>Restore old value…</source>
      <translation>恢复旧值…</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="291" />
      <source>Put back every value this change replaced, as a new change (right-click a field to put back that one only)</source>
      <translation>将此次修改替换掉的所有值恢复，作为一次新的修改（右键单击某个字段可只恢复该字段）</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="302" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="306" />
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="355" />
      <source>Type a day like 2025-03-05, 2025/3/5 or 2025年3月5日.</source>
      <translation>请输入日期，如 2025-03-05、2025/3/5 或 2025年3月5日。</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="357" />
      <source>Reading the history…</source>
      <translation>正在读取历史记录…</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="369" />
      <source>Teammates made new changes; press Refresh to see them.</source>
      <translation>同事有新的修改；点击“刷新”查看。</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="379" />
      <source> (scroll for more)</source>
      <translation>（向下滚动查看更多）</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="380" />
      <source>%1 changes shown%2</source>
      <translation>显示 %1 条修改%2</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="381" />
      <source>No change matches these filters.</source>
      <translation>没有符合筛选条件的修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="408" />
      <source>Select a change to see it in full.</source>
      <translation>选择一条修改以查看详情。</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="449" />
      <source>(gone)</source>
      <translation>（已删除）</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="473" />
      <source>Restore this value…</source>
      <translation>恢复此值…</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="499" />
      <source>Restore old value</source>
      <translation>恢复旧值</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="500" />
      <source>Put back the value before this change on %1?

%2</source>
      <translation>要将“%1”恢复为此次修改之前的值吗？

%2</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="504" />
      <source>The restore is saved as a new change; the change shown stays in the history.</source>
      <translation>恢复操作会保存为一次新的修改；当前这条修改仍保留在历史记录中。</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="506" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="528" />
      <source>Restoring…</source>
      <translation>正在恢复…</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="543" />
      <source>someone</source>
      <translation>他人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="545" />
      <source>Changed by someone else</source>
      <translation>已被他人修改</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="546" />
      <source>%1 changed this record at %2, after you looked at it. Nothing was restored; look at its values now and restore again if you still want to.</source>
      <translation>在你查看之后，%1 于 %2 修改了此记录。未恢复任何内容；请查看其当前值，如仍需要可再次恢复。</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="552" />
      <source>Nothing restored: the record changed meanwhile.</source>
      <translation>未恢复：该记录在此期间已被修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="556" />
      <source>Restored as a new change.</source>
      <translation>已作为一次新的修改恢复。</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../../app/views/history_dialog.py" line="90" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="90" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="90" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="90" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../app/views/history_dialog.py" line="90" />
      <source>What changed</source>
      <translation>修改内容</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <location filename="../../app/views/history_view.py" line="34" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_view.py" line="34" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_view.py" line="34" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../app/views/history_view.py" line="34" />
      <source>Change</source>
      <translation>变更内容</translation>
    </message>
    <message>
      <location filename="../../app/views/history_view.py" line="46" />
      <source>Restore old value…</source>
      <translation>恢复旧值…</translation>
    </message>
    <message>
      <location filename="../../app/views/history_view.py" line="47" />
      <source>Put back the values the selected change replaced, as a new change</source>
      <translation>将所选变更替换掉的值恢复回来，并记为一条新变更</translation>
    </message>
    <message>
      <location filename="../../app/views/history_view.py" line="94" />
      <source>Restore old value</source>
      <translation>恢复旧值</translation>
    </message>
    <message>
      <location filename="../../app/views/history_view.py" line="95" />
      <source>Put back the values this change replaced?

%1</source>
      <translation>恢复此变更替换掉的值？

%1</translation>
    </message>
    <message>
      <location filename="../../app/views/history_view.py" line="98" />
      <source>The restore is saved as a new change. The form then shows the record as saved; edits you have not saved are replaced.</source>
      <translation>恢复操作会记为一条新变更。之后表单将显示保存后的记录，尚未保存的编辑会被覆盖。</translation>
    </message>
    <message>
      <location filename="../../app/views/history_view.py" line="100" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
  </context>
  <context>
    <name>HotTopicDialog</name>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="36" />
      <source>New hot topic</source>
      <translation>新建热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="36" />
      <source>Edit hot topic</source>
      <translation>编辑热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="53" />
      <source>Brand relevance (1–5):</source>
      <translation>品牌相关度（1–5）：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="54" />
      <source>Timeliness (1–5):</source>
      <translation>时效性（1–5）：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="55" />
      <source>Spread value (1–5):</source>
      <translation>传播价值（1–5）：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="56" />
      <source>1: nothing to do with us · 5: about our brand or product</source>
      <translation>1：与我们无关 · 5：直接关于我们的品牌或产品</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="57" />
      <source>1: slow-moving · 5: everyone talks about it today</source>
      <translation>1：热度变化慢 · 5：今天人人都在讨论</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="58" />
      <source>1: few will share it · 5: made to be shared</source>
      <translation>1：很少有人会转发 · 5：天生适合转发</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="60" />
      <source>Topic:</source>
      <translation>话题：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="61" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="75" />
      <source>Noted at:</source>
      <translation>记录时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="78" />
      <source>Source, angle, what we could say</source>
      <translation>来源、切入角度、我们可以说什么</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="79" />
      <source>Notes:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="91" />
      <source>Plan a response</source>
      <translation>安排响应内容</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="93" />
      <source>Save the topic and add a drafting item that answers it, planned before the deadline.</source>
      <translation>保存话题，并新建一条回应该话题的“撰写中”内容，排期在响应截止时间之前。</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="138" />
      <source>no deadline</source>
      <translation>无截止时间</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="140" />
      <source>respond by %1</source>
      <translation>%1 前响应</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="141" />
      <source>%1 · score %2 · %3</source>
      <translation>%1 · 评分 %2 · %3</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="153" />
      <source>Enter the topic.</source>
      <translation>请输入话题。</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="206" />
      <source>This topic no longer exists in the file; the edit cannot be saved.</source>
      <translation>这个话题已不在文件中，无法保存修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="219" />
      <source>This topic was changed by %1 at %2 while you were editing.</source>
      <translation>你编辑期间，%1 于 %2 修改了这个话题。</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="230" />
      <source>Topic</source>
      <translation>话题</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="230" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="230" />
      <source>Brand relevance</source>
      <translation>品牌相关度</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="231" />
      <source>Timeliness</source>
      <translation>时效性</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="231" />
      <source>Spread value</source>
      <translation>传播价值</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="232" />
      <source>Noted at</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="232" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="232" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="242" />
      <source>Open</source>
      <translation>待处理</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="242" />
      <source>Responded</source>
      <translation>已响应</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="243" />
      <source>Dismissed</source>
      <translation>已忽略</translation>
    </message>
  </context>
  <context>
    <name>HotTopicList</name>
    <message>
      <location filename="../../app/views/content_panels.py" line="173" />
      <source>no deadline</source>
      <translation>无截止时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="175" />
      <source>deadline was %1</source>
      <translation>截止时间为 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="178" />
      <source>overdue by %1 h</source>
      <translation>已超时 %1 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="178" />
      <source>%1 h left</source>
      <translation>剩余 %1 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="179" />
      <source>respond by %1 (%2)</source>
      <translation>需在 %1 前响应（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="180" />
      <source>no response planned</source>
      <translation>未安排响应</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="182" />
      <source>planned after the deadline</source>
      <translation>排期晚于截止时间</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../app/views/import_wizard.py" line="51" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="52" />
      <source>Nickname</source>
      <translation>昵称</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="53" />
      <source>Phone</source>
      <translation>手机号</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="54" />
      <source>WeChat ID</source>
      <translation>微信号</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="55" />
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="56" />
      <source>Join date</source>
      <translation>入群日期</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="57" />
      <source>Sub-communities</source>
      <translation>所属子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="58" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="59" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="60" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="61" />
      <source>Source channel</source>
      <translation>来源渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="62" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="63" />
      <source>Roles</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="64" />
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="65" />
      <source>Platform handle</source>
      <translation>平台账号</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="86" />
      <source>(column %1)</source>
      <translation>（第 %1 列）</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="105" />
      <source>Import members</source>
      <translation>导入成员</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="113" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="469" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="469" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="475" />
      <source>%1 rows checked: %2 new members, %3 merged into existing members, %4 duplicate rows merged, %5 invalid rows.</source>
      <translation>已检查 %1 行：新成员 %2 人，合并到已有成员 %3 人，合并重复行 %4 行，无效行 %5 行。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="478" />
      <source>%1 rows read: %2 new members, %3 merged into existing members, %4 duplicate rows merged, %5 invalid rows skipped.</source>
      <translation>已读取 %1 行：新成员 %2 人，合并到已有成员 %3 人，合并重复行 %4 行，跳过无效行 %5 行。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="488" />
      <source>… and %1 more notes</source>
      <translation>… 另有 %1 条提示</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="490" />
      <source>Kept as custom fields: %1</source>
      <translation>已保留为自定义字段：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="491" />
      <source>Ignored columns: %1</source>
      <translation>已忽略的列：%1</translation>
    </message>
  </context>
  <context>
    <name>ItemBasics</name>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="86" />
      <source>Pick a channel, or type a new name to add one.</source>
      <translation>选择一个渠道，或输入新名称来添加。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="90" />
      <source>Pick a format, or type your own.</source>
      <translation>选择一种形式，或自行输入。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="92" />
      <source>Title:</source>
      <translation>标题：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="93" />
      <source>Channel:</source>
      <translation>渠道：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="94" />
      <source>Pillar:</source>
      <translation>内容支柱：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="95" />
      <source>Format:</source>
      <translation>形式：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="96" />
      <source>Owner:</source>
      <translation>负责人：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="119" />
      <source>No channel</source>
      <translation>未指定渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="127" />
      <source>No pillar</source>
      <translation>未分类</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="140" />
      <source>Enter a title.</source>
      <translation>请输入标题。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="156" />
      <source>Enter a format.</source>
      <translation>请输入形式。</translation>
    </message>
  </context>
  <context>
    <name>JobNames</name>
    <message>
      <location filename="../../app/views/job_names.py" line="18" />
      <source>importing members</source>
      <translation>导入成员</translation>
    </message>
    <message>
      <location filename="../../app/views/job_names.py" line="19" />
      <source>importing chat events</source>
      <translation>导入聊天记录</translation>
    </message>
    <message>
      <location filename="../../app/views/job_names.py" line="20" />
      <source>importing check-ins</source>
      <translation>导入签到记录</translation>
    </message>
    <message>
      <location filename="../../app/views/job_names.py" line="21" />
      <source>recomputing tiers and points</source>
      <translation>重新计算等级和积分</translation>
    </message>
    <message>
      <location filename="../../app/views/job_names.py" line="22" />
      <source>scanning messages</source>
      <translation>扫描消息</translation>
    </message>
    <message>
      <location filename="../../app/views/job_names.py" line="23" />
      <source>backing up the file</source>
      <translation>备份文件</translation>
    </message>
  </context>
  <context>
    <name>KolPanel</name>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="223" />
      <source>Cohort month:</source>
      <translation>入选月份：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="228" />
      <source>Top:</source>
      <translation>显示前：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="237" />
      <source>Accept into KOL cohort</source>
      <translation>选入 KOL 名单</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="243" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="243" />
      <source>Messages</source>
      <translation>消息数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="243" />
      <source>Long posts</source>
      <translation>长帖数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="244" />
      <source>Events attended</source>
      <translation>参加活动次数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="244" />
      <source>Score</source>
      <translation>评分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="251" />
      <source>KOL cohort (messages / events attended per month since acceptance)</source>
      <translation>KOL 名单（入选后每月的消息数 / 参加活动次数）</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="281" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="281" />
      <source>Score at acceptance</source>
      <translation>入选时评分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="281" />
      <source>Accepted by</source>
      <translation>入选人</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="290" />
      <source>%1 messages, %2 long posts, %3 events attended</source>
      <translation>%1 条消息，%2 篇长帖，参加 %3 次活动</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="317" />
      <source>Accepted %1 into the %2 cohort.</source>
      <translation>已将 %1 人选入 %2 期 KOL 名单。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="319" />
      <source>%1 already in it.</source>
      <translation>%1 人已在名单中。</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
    <message>
      <location filename="../../app/views/kpi_card.py" line="28" />
      <source>Members</source>
      <translation>成员数</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="28" />
      <source>Members who had joined by the last day of the period and had not left.</source>
      <translation>截至统计周期最后一天已入群且尚未退群的成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="29" />
      <source>New members</source>
      <translation>新增成员</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="29" />
      <source>Members whose join date falls in the period.</source>
      <translation>入群日期在统计周期内的成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="30" />
      <source>Daily actives (avg)</source>
      <translation>日活（平均）</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="30" />
      <source>DAU: members with at least one message that day, averaged over the days of the period.</source>
      <translation>日活（DAU）：当天至少发言一次的成员数，按统计周期内各天取平均。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="32" />
      <source>Monthly actives</source>
      <translation>月活</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="32" />
      <source>MAU: members with at least one message in the 30 days ending on the last day of the period.</source>
      <translation>月活（MAU）：截至统计周期最后一天的 30 天内至少发言一次的成员数。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="34" />
      <source>Stickiness</source>
      <translation>粘性</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="34" />
      <source>Average DAU divided by MAU (0 when MAU is 0).</source>
      <translation>平均日活除以月活（月活为 0 时记为 0）。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="35" />
      <source>Speaking rate</source>
      <translation>发言率</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="35" />
      <source>Members with at least one message in the period, divided by members.</source>
      <translation>统计周期内至少发言一次的成员数除以成员数。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="37" />
      <source>30-day retention</source>
      <translation>30 日留存率</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="37" />
      <source>Of the members who joined from the first day of the period to 30 days before its last day, the share with a message on or after their 30th day.</source>
      <translation>统计周期第一天至最后一天前 30 天之间入群的成员中，入群第 30 天及以后仍有发言的比例。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="40" />
      <source>Interaction rate</source>
      <translation>互动率</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="40" />
      <source>Comments, likes and shares divided by reads, for the content published in the period.</source>
      <translation>统计周期内发布的内容：（评论 + 点赞 + 转发）÷ 阅读。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="42" />
      <source>Activity participation</source>
      <translation>活动参与率</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="42" />
      <source>Members who attended divided by members who registered, for the activities in the period.</source>
      <translation>统计周期内的活动：到场人数 ÷ 报名人数。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="44" />
      <source>Time to decision</source>
      <translation>处理时长</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="44" />
      <source>Median hours from a moderation case opening to its decision, for cases decided in the period.</source>
      <translation>统计周期内已处理的审核工单，从建单到作出处理结果所用小时数的中位数。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="46" />
      <source>SLA breaches</source>
      <translation>超时率（SLA）</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="46" />
      <source>Share of the cases opened in the period that were decided after their deadline, or are still open past it.</source>
      <translation>统计周期内新建的工单中，超过处理时限才处理或至今超时未处理的比例。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="48" />
      <source>Messages</source>
      <translation>消息数</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="48" />
      <source>Message events in the period.</source>
      <translation>统计周期内的发言消息条数。</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="64" />
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="77" />
      <source>%1 pt</source>
      <translation>%1 个百分点</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="98" />
      <source>no target</source>
      <translation>未设目标</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="105" />
      <source>Target %1 %2</source>
      <translation>目标 %1 %2</translation>
    </message>
    <message>
      <location filename="../../app/views/kpi_card.py" line="154" />
      <source>Previous period: %1</source>
      <translation>上期：%1</translation>
    </message>
  </context>
  <context>
    <name>LanguagePage</name>
    <message>
      <location filename="../../app/views/first_run.py" line="96" />
      <source>Welcome to %1</source>
      <translation>欢迎使用%1</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="97" />
      <source>Choose the language of the app. Everything after this page, and the app itself, follows your choice.</source>
      <translation>请选择界面语言。接下来的页面和整个程序都会使用你选择的语言。</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="101" />
      <source>Follow the system (%1)</source>
      <translation>跟随系统（%1）</translation>
    </message>
  </context>
  <context>
    <name>LifecycleSettingsDialog</name>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="102" />
      <source>Lifecycle settings</source>
      <translation>生命周期设置</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="116" />
      <source>Tier ladder</source>
      <translation>等级体系</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="117" />
      <source>Rules &amp;&amp; thresholds</source>
      <translation>规则 &amp;&amp; 阈值</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="118" />
      <source>Rewards catalogue</source>
      <translation>奖励目录</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="134" />
      <source>Nothing was saved: %1</source>
      <translation>未保存任何内容：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="143" />
      <source>Tiers run from the lowest (top) to the highest (bottom). A member gets the highest tier whose rules all pass; a tier without rules always passes.</source>
      <translation>等级从最低（上）排到最高（下）。成员获得其规则全部满足的最高等级；没有规则的等级总是满足。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="149" />
      <source>Preset ladder:</source>
      <translation>预设等级体系：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="155" />
      <source>Use preset</source>
      <translation>使用预设</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="157" />
      <source>Replaces the tiers below; nothing is saved until you click Save.</source>
      <translation>将替换下方的等级；点击“保存”前不会保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="173" />
      <source>Add tier</source>
      <translation>添加等级</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="174" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="175" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="176" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="191" />
      <source>e.g. 核心群</source>
      <translation>例如：核心群</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="193" />
      <source>Tier name:</source>
      <translation>等级名称：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="195" />
      <source>Rules (all ticked rules must pass)</source>
      <translation>规则（勾选的规则须全部满足）</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="197" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="198" />
      <source>Window</source>
      <translation>统计时长</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="199" />
      <source>At least</source>
      <translation>至少</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="213" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="239" />
      <source>Messages</source>
      <translation>消息数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="240" />
      <source>Original posts</source>
      <translation>原创帖子数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="241" />
      <source>Events attended</source>
      <translation>参加活动数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="242" />
      <source>Points balance</source>
      <translation>积分余额</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="243" />
      <source>RFM score</source>
      <translation>RFM 评分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="244" />
      <source>Days since joining</source>
      <translation>入群天数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="252" />
      <source>Tiers and scores</source>
      <translation>等级与评分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="255" />
      <source>A member keeps a tier this long after its rules stop passing.</source>
      <translation>规则不再满足后，成员仍保留该等级的时长。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="257" />
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="258" />
      <source>Daily caps count local days: hours from UTC (China: 8).</source>
      <translation>每日上限按当地日期计算：与 UTC 相差的小时数（中国：8）。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="259" />
      <source>Demotion grace:</source>
      <translation>降级宽限期：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="260" />
      <source>RFM window:</source>
      <translation>RFM 统计时长：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="261" />
      <source>Day starts at UTC+:</source>
      <translation>本地时区（UTC+）：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="264" />
      <source>Churn warnings</source>
      <translation>流失预警</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="268" />
      <source>Flag a member whose recent activity falls below this share of their usual activity.</source>
      <translation>成员近期活跃度低于其平时活跃度的这一比例时，发出预警。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="271" />
      <source>Compare the last:</source>
      <translation>对比最近：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="272" />
      <source>Flag below (of usual):</source>
      <translation>预警线（占平时活跃）：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="273" />
      <source>Flag when silent for:</source>
      <translation>沉默多久后预警：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="276" />
      <source>Earning points</source>
      <translation>积分获取</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="278" />
      <source>Points each</source>
      <translation>每次积分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="279" />
      <source>Daily cap</source>
      <translation>每日上限</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="280" />
      <source>Message:</source>
      <translation>发言：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="280" />
      <source>Check-in:</source>
      <translation>签到：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="281" />
      <source>Attendance:</source>
      <translation>参加活动：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="286" />
      <source>No cap</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="287" />
      <source>Most points a member earns this way in one day (0 = no cap).</source>
      <translation>成员每天通过此方式最多可获得的积分（0 = 不限）。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="297" />
      <source>Credit score</source>
      <translation>信用分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="301" />
      <source>Start value:</source>
      <translation>初始值：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="302" />
      <source>Maximum:</source>
      <translation>最大值：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="305" />
      <source>KOL shortlist</source>
      <translation>KOL 候选名单</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="308" />
      <source> characters</source>
      <translation> 字</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="309" />
      <source>Window:</source>
      <translation>统计时长：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="310" />
      <source>Long post from:</source>
      <translation>长帖字数下限：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="311" />
      <source>Weight of a message:</source>
      <translation>消息权重：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="312" />
      <source>Weight of a long post:</source>
      <translation>长帖权重：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="313" />
      <source>Weight of an attendance:</source>
      <translation>参加活动权重：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="333" />
      <source>What members can spend their points on. Double-click a cell to edit it.</source>
      <translation>成员可用积分兑换的奖励。双击单元格即可编辑。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="338" />
      <source>Reward</source>
      <translation>奖励</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="338" />
      <source>Cost (points)</source>
      <translation>所需积分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="346" />
      <source>Add reward</source>
      <translation>添加奖励</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="347" />
      <source>Remove reward</source>
      <translation>移除奖励</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="432" />
      <source>New tier</source>
      <translation>新等级</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="503" />
      <source>%1 ≥ %2</source>
      <translation>%1 ≥ %2</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="506" />
      <source>Add a tier, or start from a preset ladder.</source>
      <translation>添加一个等级，或从预设等级体系开始。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="508" />
      <source>No rules: every member qualifies (fine for the base tier).</source>
      <translation>无规则：所有成员均满足（适用于基础等级）。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="591" />
      <source>Tier %1 has no name: every tier needs one.</source>
      <translation>第 %1 个等级没有名称：每个等级都需要名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="594" />
      <source>Two tiers are called “%1”: tier names must be different.</source>
      <translation>有两个等级都叫“%1”：等级名称不能重复。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="610" />
      <source>The credit score cannot start at %1, above its maximum of %2.</source>
      <translation>信用分初始值 %1 不能高于最大值 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="647" />
      <source>%1 changed the lifecycle settings at %2 while you were editing; nothing was saved yet.</source>
      <translation>你编辑期间，%1 于 %2 修改了生命周期设置；你的修改尚未保存。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="655" />
      <source>Demotion grace</source>
      <translation>降级宽限期</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="655" />
      <source>RFM window</source>
      <translation>RFM 统计时长</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="656" />
      <source>Day starts at UTC+</source>
      <translation>本地时区（UTC+）</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="658" />
      <source>days</source>
      <translation>天数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="658" />
      <source>flag below</source>
      <translation>预警线</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="659" />
      <source>silent for</source>
      <translation>沉默天数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="659" />
      <source>points each</source>
      <translation>每次积分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="660" />
      <source>daily cap</source>
      <translation>每日上限</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="660" />
      <source>start value</source>
      <translation>初始值</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="660" />
      <source>maximum</source>
      <translation>最大值</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="661" />
      <source>long post from</source>
      <translation>长帖字数下限</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="661" />
      <source>weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="662" />
      <source>message</source>
      <translation>发言</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="662" />
      <source>check-in</source>
      <translation>签到</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="662" />
      <source>attendance</source>
      <translation>参加活动</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="663" />
      <source>long post</source>
      <translation>长帖</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_settings_dialog.py" line="670" />
      <source>%1 (%2 points)</source>
      <translation>%1（%2 积分）</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/views/about_dialog.py" line="107" />
      <source>About %1</source>
      <translation>关于 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/about_dialog.py" line="121" />
      <source>No community file is open</source>
      <translation>未打开社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="62" />
      <source>Community Desk files (*%1 *.db *.sqlite);;All files (*)</source>
      <translation>社群运营工作台文件 (*%1 *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="271" />
      <source>%1 already exists. Choose a new name, or use Open.</source>
      <translation>%1 已存在。请换一个文件名，或使用“打开”。</translation>
    </message>
    <message>
      <location filename="../../app/views/gui.py" line="68" />
      <source>Create a new community file?</source>
      <translation>新建社群文件？</translation>
    </message>
    <message>
      <location filename="../../app/views/gui.py" line="69" />
      <source>%1 does not exist. Create a new community file there?</source>
      <translation>%1 不存在。要在该位置新建社群文件吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="75" />
      <source>Dashboard</source>
      <translation>数据看板</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="75" />
      <source>Members</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="75" />
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="75" />
      <source>Activities</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="76" />
      <source>Moderation</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="76" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="102" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="104" />
      <source>&amp;New…</source>
      <translation>新建(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="105" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="106" />
      <source>Open &amp;Recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="108" />
      <source>&amp;Back up now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="110" />
      <source>A checked copy in this computer's backups folder</source>
      <translation>在本机备份文件夹中保存一份经过校验的副本</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="111" />
      <source>Back up &amp;to…</source>
      <translation>备份到(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="113" />
      <source>&amp;Restore from backup…</source>
      <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="115" />
      <source>&amp;Import members…</source>
      <translation>导入成员(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="117" />
      <source>Import &amp;activity…</source>
      <translation>导入行为记录(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="119" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="131" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="133" />
      <source>Operator &amp;name…</source>
      <translation>运营者姓名(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="135" />
      <source>&amp;Lifecycle settings…</source>
      <translation>生命周期设置(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="137" />
      <source>Tier ladder, points, RFM, churn and KOL thresholds, rewards</source>
      <translation>等级体系、积分、RFM、流失预警与 KOL 阈值、奖励</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="140" />
      <source>&amp;Content settings…</source>
      <translation>内容设置(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="142" />
      <source>Channels and their cadence, pillars and their target mix, hot-topic response times</source>
      <translation>渠道及发布节奏、内容支柱及目标配比、热点话题响应时限</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="145" />
      <source>&amp;Moderation settings…</source>
      <translation>审核设置(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="147" />
      <source>Deadlines (SLA) per alert level, credit moves per action, categories, community rules</source>
      <translation>各预警等级的处理时限（SLA）、各处理方式的信用分变动、违规类别、社群规则</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="150" />
      <source>Dashboard targets &amp;&amp; time zone…</source>
      <translation>数据看板目标与时区…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="152" />
      <source>KPI targets on the dashboard, and the time zone its days are counted in</source>
      <translation>数据看板上的 KPI 目标，以及统计天数所依据的时区</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="157" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="162" />
      <source>Language, operator name, storage, reports folder, recent files and the open file's settings</source>
      <translation>语言、运营者姓名、存储、报告文件夹、最近打开的文件，以及当前文件的设置</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="166" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="168" />
      <source>&amp;History…</source>
      <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="170" />
      <source>Who changed what and when; restore an old value</source>
      <translation>谁在何时改了什么；可恢复旧值</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="172" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="174" />
      <source>&amp;User guide</source>
      <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="176" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="177" />
      <source>Take the &amp;tour</source>
      <translation>功能导览(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="178" />
      <source>A short walk through the six tabs</source>
      <translation>快速浏览六个标签页</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="179" />
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="208" />
      <source>no file open</source>
      <translation>未打开文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="210" />
      <source>%1 (read-only)</source>
      <translation>%1（只读）</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="220" />
      <source>Operator: %1</source>
      <translation>运营者：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="239" />
      <source>Updated with %1's changes</source>
      <translation>已同步 %1 的修改</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="240" />
      <source>Updated with a teammate's changes</source>
      <translation>已同步同事的修改</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="264" />
      <source>Cannot open the community file</source>
      <translation>无法打开社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="321" />
      <source>Community Desk</source>
      <translation>社群运营工作台</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="330" />
      <source>New community file</source>
      <translation>新建社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="338" />
      <source>Cannot create the community file</source>
      <translation>无法创建社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="344" />
      <source>Open community file</source>
      <translation>打开社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="401" />
      <source>Saved. Recompute to apply.</source>
      <translation>已保存。重新计算后生效。</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../app/views/import_wizard.py" line="331" />
      <source>Match the columns</source>
      <translation>设置列对应</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="332" />
      <source>Choose what each column holds. Columns that are not member fields can be kept as custom fields or ignored.</source>
      <translation>选择每一列对应的内容。不属于成员字段的列可以保留为自定义字段，也可以忽略。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="338" />
      <source>Column in the file</source>
      <translation>文件中的列</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="338" />
      <source>Sample value</source>
      <translation>示例值</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="339" />
      <source>Import as</source>
      <translation>导入为</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="381" />
      <source>Keep as custom field</source>
      <translation>保留为自定义字段</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="382" />
      <source>Ignore</source>
      <translation>忽略</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="422" />
      <source>%1 is chosen for more than one column (%2). Choose it for one column only.</source>
      <translation>%1 对应了多列（%2），只能对应一列。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="425" />
      <source>Choose the column that holds each member's %1 or %2.</source>
      <translation>请选择包含成员%1或%2的列。</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <location filename="../../app/views/member_dialog.py" line="55" />
      <source>New member</source>
      <translation>新建成员</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="55" />
      <source>Edit member</source>
      <translation>编辑成员</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="64" />
      <source>Profile</source>
      <translation>基本资料</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="65" />
      <source>Platforms and notes</source>
      <translation>平台与备注</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="66" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="75" />
      <source>Lifecycle</source>
      <translation>生命周期</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="116" />
      <source>e.g. 138 0013 8000 or +44 20 7946 0958</source>
      <translation>例如 138 0013 8000 或 +44 20 7946 0958</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="119" />
      <source>YYYY-MM-DD (2024/3/5 and 2024年3月5日 work too)</source>
      <translation>YYYY-MM-DD（也可输入 2024/3/5 或 2024年3月5日）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="127" />
      <source>separate with , or 、</source>
      <translation>用 , 或 、 分隔</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="128" />
      <source>Known: %1</source>
      <translation>已有：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="145" />
      <source>Join date</source>
      <translation>入群日期</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="157" />
      <source>Platform identities (each handle belongs to one member)</source>
      <translation>平台身份（每个账号只能属于一位成员）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="158" />
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="158" />
      <source>Handle</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="162" />
      <source>Add identity</source>
      <translation>添加身份</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="165" />
      <source>Remove identity</source>
      <translation>移除身份</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="176" />
      <source>Custom fields (from imports; read-only here)</source>
      <translation>自定义字段（来自导入，此处只读）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="177" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="177" />
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="183" />
      <source>No changes are logged for this member yet.</source>
      <translation>该成员暂无变更记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="253" />
      <source>A new member: name or nickname is required.</source>
      <translation>新成员：姓名或昵称必填。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="255" />
      <source>#%1 · version %2 · last changed by %3 at %4</source>
      <translation>#%1 · 版本 %2 · 最后由 %3 于 %4 修改</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="258" />
      <source>deleted at %1</source>
      <translation>已于 %1 删除</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="268" />
      <source>Created</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="268" />
      <source>Edited</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="268" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="269" />
      <source>Restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="269" />
      <source>Bulk change</source>
      <translation>批量修改</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="270" />
      <source>Imported</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="273" />
      <source>Deleted at</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="273" />
      <source>Tag added</source>
      <translation>添加标签</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="274" />
      <source>Tag removed</source>
      <translation>移除标签</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="274" />
      <source>Custom fields</source>
      <translation>自定义字段</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="315" />
      <source>Enter a name or a nickname.</source>
      <translation>请填写姓名或昵称。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="322" />
      <source>Phone: %1 is not a valid phone number (a Chinese mobile has 11 digits starting with 1; other countries start with +).</source>
      <translation>手机号：%1 不是有效的手机号（中国大陆手机号为 1 开头的 11 位数字；其他国家和地区的号码以 + 开头）。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="330" />
      <source>Email: %1 is not an email address.</source>
      <translation>邮箱：%1 不是有效的邮箱地址。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="337" />
      <source>Join date: %1 is not a date (use YYYY-MM-DD).</source>
      <translation>入群日期：%1 不是有效日期（请使用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="381" />
      <source>This member no longer exists in the file; the edit cannot be saved.</source>
      <translation>文件中已不存在该成员，无法保存修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="387" />
      <source>A platform identity is already taken by another member (%1). Each platform handle can belong to one member only.</source>
      <translation>某个平台身份已被其他成员（%1）占用。每个平台账号只能属于一位成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="404" />
      <source>This member was changed by %1 at %2 while you were editing.</source>
      <translation>你编辑期间，%1 于 %2 修改了该成员。</translation>
    </message>
  </context>
  <context>
    <name>MemberLifecyclePanel</name>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="33" />
      <source>earned</source>
      <translation>获得</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="34" />
      <source>spent</source>
      <translation>消耗</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="35" />
      <source>correction</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="39" />
      <source>poor</source>
      <translation>较差</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="40" />
      <source>fair</source>
      <translation>中等</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="41" />
      <source>good</source>
      <translation>良好</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="42" />
      <source>very good</source>
      <translation>优秀</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="43" />
      <source>excellent</source>
      <translation>极好</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="117" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="130" />
      <source>Current tier:</source>
      <translation>当前等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="131" />
      <source>Since:</source>
      <translation>起始时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="132" />
      <source>Pending demotion:</source>
      <translation>待降级：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="133" />
      <source>Manual tier:</source>
      <translation>手动等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="136" />
      <source>Why this tier</source>
      <translation>定级依据</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="137" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="137" />
      <source>Value</source>
      <translation>当前值</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="137" />
      <source>Needed</source>
      <translation>要求</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="138" />
      <source>✓/✗</source>
      <translation>✓/✗</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="140" />
      <source>No tier ladder is configured, so there are no rules to check.</source>
      <translation>尚未配置等级体系，没有可核对的规则。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="149" />
      <source>Reason (required), e.g. event volunteer</source>
      <translation>原因（必填），如：活动志愿者</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="150" />
      <source>Set manual tier</source>
      <translation>手动设定等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="153" />
      <source>Clear manual tier</source>
      <translation>清除手动等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="162" />
      <source>Tier history</source>
      <translation>等级变动记录</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="163" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="163" />
      <source>From</source>
      <translation>原等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="163" />
      <source>To</source>
      <translation>新等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="164" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="164" />
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="169" />
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="179" />
      <source>Scores:</source>
      <translation>评分：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="180" />
      <source>Segment:</source>
      <translation>分层：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="181" />
      <source>Figures:</source>
      <translation>数据：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="185" />
      <source>Points (积分)</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="191" />
      <source>Change</source>
      <translation>变动</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="192" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="201" />
      <source>Redeem reward</source>
      <translation>兑换奖励</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="212" />
      <source>Points to add (positive) or take away (negative)</source>
      <translation>要增加（正数）或扣减（负数）的积分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="215" />
      <source>Reason for the correction (required)</source>
      <translation>调整原因（必填）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="216" />
      <source>Add correction</source>
      <translation>添加调整</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="226" />
      <source>Credit (信用分)</source>
      <translation>信用分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="236" />
      <source>Score:</source>
      <translation>分数：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="237" />
      <source>Level:</source>
      <translation>信用等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="242" />
      <source>Churn</source>
      <translation>流失预警</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="252" />
      <source>Recall action, e.g. private message + event invitation</source>
      <translation>召回方式，如：私信 + 活动邀请</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="253" />
      <source>Log recall</source>
      <translation>记录召回</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="282" />
      <source>Cannot show the lifecycle: %1</source>
      <translation>无法显示生命周期：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="294" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="295" />
      <source>(no tier)</source>
      <translation>（未定级）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="296" />
      <source>not recorded</source>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="297" />
      <source>on %1 if the rules still fail</source>
      <translation>若届时仍未达标，将于 %1 降级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="300" />
      <source>%1 — %2 (set by %3 at %4)</source>
      <translation>%1 — %2（由 %3 于 %4 设定）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="303" />
      <source>— applies at the next recompute</source>
      <translation>— 下次重新计算时生效</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="306" />
      <source>none (the rules decide)</source>
      <translation>无（按规则定级）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="313" />
      <source>passed</source>
      <translation>已达标</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="313" />
      <source>not met</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="338" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="346" />
      <source>not scored yet — run Recompute</source>
      <translation>尚未评分 — 请运行重新计算</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="350" />
      <source>R %1 · F %2 · M %3 (of 5)</source>
      <translation>R %1 · F %2 · M %3（满分 5）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="353" />
      <source>last active %1 days ago · %2 actions and %3 spent in %4 days · scored %5</source>
      <translation>最近活跃：%1 天前 · %4 天内行为 %2 次、消费 %3 · 评分于 %5</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="358" />
      <source>Balance: %1 points</source>
      <translation>余额：%1 积分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="366" />
      <source>Showing the latest %1 of %2 entries.</source>
      <translation>显示最近 %1 条，共 %2 条。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="373" />
      <source>%1 — %2 points</source>
      <translation>%1 — %2 积分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="382" />
      <source>No scored events yet: the starting score.</source>
      <translation>暂无计分记录：当前为初始分。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="388" />
      <source>No open churn flag.</source>
      <translation>当前无流失预警。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="390" />
      <source>At risk since %1: %2</source>
      <translation>自 %1 起流失预警：%2</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="392" />
      <source>Recall logged: %1 (%2, %3)</source>
      <translation>已记录召回：%1（%2，%3）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="400" />
      <source>No recall logged.</source>
      <translation>暂无召回记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="403" />
      <source>came back (settled %1)</source>
      <translation>已回归（%1 确认）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="405" />
      <source>did not come back</source>
      <translation>未回归</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="407" />
      <source>active since the recall — settled by the next recompute</source>
      <translation>召回后已有活跃 — 下次重新计算时确认</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="409" />
      <source>no activity since the recall yet</source>
      <translation>召回后暂无活跃</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="410" />
      <source>Latest recall: %1 on %2 by %3 — %4</source>
      <translation>最近一次召回：%1（%3，%2）— %4</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="423" />
      <source>Choose the tier to set.</source>
      <translation>请选择要设定的等级。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="426" />
      <source>Type a reason for the manual tier.</source>
      <translation>请填写手动定级的原因。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="435" />
      <source>Manual tier %1 set; it applies at the next recompute.</source>
      <translation>已手动设定等级 %1，下次重新计算时生效。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="443" />
      <source>Manual tier cleared; the rules decide from the next recompute.</source>
      <translation>已清除手动等级，下次重新计算起按规则定级。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="448" />
      <source>Choose a reward.</source>
      <translation>请选择奖励。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="457" />
      <source>Not redeemed: %1 costs %2 points and the balance is %3.</source>
      <translation>未兑换：%1 需要 %2 积分，当前余额为 %3。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="461" />
      <source>Redeemed %1; %2 points left.</source>
      <translation>已兑换 %1，剩余 %2 积分。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="467" />
      <source>A correction needs a number of points other than 0.</source>
      <translation>调整的积分数不能为 0。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="470" />
      <source>Type a reason for the correction.</source>
      <translation>请填写调整原因。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="479" />
      <source>Not corrected: the balance is %1, so %2 would make it negative.</source>
      <translation>未调整：当前余额为 %1，调整 %2 会使余额变为负数。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="486" />
      <source>Correction of %1 points recorded; balance %2.</source>
      <translation>已记录 %1 积分的调整，余额 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="491" />
      <source>Describe the recall action first.</source>
      <translation>请先填写召回方式。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="501" />
      <source>Recall logged.</source>
      <translation>已记录召回。</translation>
    </message>
  </context>
  <context>
    <name>MemberPicker</name>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="118" />
      <source>member #%1</source>
      <translation>成员 #%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="148" />
      <source>No member matches.</source>
      <translation>没有匹配的成员。</translation>
    </message>
  </context>
  <context>
    <name>MemberTableModel</name>
    <message>
      <location filename="../../app/views/member_table_model.py" line="68" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="69" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="70" />
      <source>Nickname</source>
      <translation>昵称</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="71" />
      <source>Phone</source>
      <translation>手机号</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="72" />
      <source>WeChat ID</source>
      <translation>微信号</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="73" />
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="74" />
      <source>Joined</source>
      <translation>入群日期</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="75" />
      <source>Sub-communities</source>
      <translation>所属子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="76" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="77" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="78" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="79" />
      <source>Segment</source>
      <translation>RFM 分层</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="80" />
      <source>Roles</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="81" />
      <source>Source channel</source>
      <translation>来源渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="82" />
      <source>Last changed</source>
      <translation>最后修改时间</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="83" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="84" />
      <source>Platform identities</source>
      <translation>平台身份</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="85" />
      <source>Changed by</source>
      <translation>修改人</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="108" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="485" />
      <source>Reading members from the file failed.</source>
      <translation>从文件读取成员失败。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="487" />
      <source>The community file is busy (someone is writing a large change). Press Refresh to read the rows again.</source>
      <translation>社群文件正忙（有人正在写入大量修改）。点击“刷新”重新读取。</translation>
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message>
      <location filename="../../app/views/tabs/members.py" line="109" />
      <source>Roster</source>
      <translation>成员名单</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="110" />
      <source>At risk</source>
      <translation>流失预警</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="111" />
      <source>KOL shortlist (星火计划)</source>
      <translation>KOL 候选名单（星火计划）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="139" />
      <source>Search name, nickname, phone, WeChat, email, handle</source>
      <translation>搜索姓名、昵称、手机号、微信号、邮箱、账号</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="170" />
      <source>All sub-communities</source>
      <translation>全部子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="171" />
      <source>All tiers</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="172" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="175" />
      <source>All roles</source>
      <translation>全部角色</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="178" />
      <source>All tags</source>
      <translation>全部标签</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="179" />
      <source>All segments</source>
      <translation>全部 RFM 分层</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="182" />
      <source>Not scored</source>
      <translation>未评分</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="183" />
      <source>RFM segment from the last lifecycle recompute</source>
      <translation>最近一次重新计算生命周期得出的 RFM 分层</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="185" />
      <source>Joined from</source>
      <translation>入群日期从</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="187" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="188" />
      <source>Show deleted</source>
      <translation>显示已删除</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="190" />
      <source>Deleted members stay recoverable here; select them and press Restore.</source>
      <translation>已删除的成员可在此找回：选中后点击“恢复”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="201" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="202" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="203" />
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="206" />
      <source>Bulk actions</source>
      <translation>批量操作</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="210" />
      <source>Add tag…</source>
      <translation>添加标签…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="212" />
      <source>Remove tag…</source>
      <translation>移除标签…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="214" />
      <source>Move to sub-community…</source>
      <translation>移至子社群…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="216" />
      <source>Set status…</source>
      <translation>设置状态…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="219" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="220" />
      <source>Read the roster (and the at-risk and KOL views) again from the file (F5)</source>
      <translation>从文件重新读取成员名单（及流失预警、KOL 视图）（F5）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="223" />
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="224" />
      <source>Import members from a CSV or Excel file</source>
      <translation>从 CSV 或 Excel 文件导入成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="225" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="226" />
      <source>Export the members shown (search, filters and sort order) to Excel or CSV</source>
      <translation>将当前显示的成员（按搜索、筛选条件和排序）导出为 Excel 或 CSV</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="271" />
      <source>Cancel export</source>
      <translation>取消导出</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="275" />
      <source>Cancelling the export…</source>
      <translation>正在取消导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="292" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="293" />
      <source>Stop the recompute; nothing is changed</source>
      <translation>停止重新计算，不做任何更改</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="296" />
      <source>Recompute lifecycle</source>
      <translation>重新计算生命周期</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="297" />
      <source>Award points and recompute RFM segments, tiers and churn flags from the imported activity</source>
      <translation>根据已导入的行为记录发放积分，并重新计算 RFM 分层、等级和流失预警</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="431" />
      <source>No community file is open</source>
      <translation>未打开社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="435" />
      <source>Counting…</source>
      <translation>正在统计…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="437" />
      <source>%1 deleted members (recoverable)</source>
      <translation>已删除 %1 名成员（可恢复）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="439" />
      <source>%1 members</source>
      <translation>共 %1 名成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="441" />
      <source>%1 of %2 members</source>
      <translation>%1 / %2 名成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="445" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="446" />
      <source>Put the selected members back on the roster</source>
      <translation>将所选成员恢复到成员名单</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="449" />
      <source>Move the selected members to the deleted view (recoverable)</source>
      <translation>将所选成员移到已删除视图（可恢复）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="496" />
      <source>The roster cannot be sorted by %1.</source>
      <translation>成员名单无法按“%1”排序。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="584" />
      <source>That row is still loading; try again in a moment.</source>
      <translation>该行仍在加载，请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="611" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="696" />
      <source>Recomputing points, RFM segments, tiers and churn flags…</source>
      <translation>正在重新计算积分、RFM 分层、等级和流失预警…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="703" />
      <source>Cancelling the recompute…</source>
      <translation>正在取消重新计算…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="714" />
      <source>Lifecycle recomputed (as of %1):</source>
      <translation>生命周期已重新计算（截至 %1）：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="721" />
      <source>Recompute cancelled; nothing was changed.</source>
      <translation>已取消重新计算，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="727" />
      <source>The recompute failed; nothing was changed.</source>
      <translation>重新计算失败，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="731" />
      <source>The recompute failed; nothing was changed.

%1</source>
      <translation>重新计算失败，未做任何更改。

%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="752" />
      <source>%1 members are too many for one change in this SQLite build; select fewer (for example one sub-community or tag at a time). Nothing was changed.</source>
      <translation>当前 SQLite 版本无法一次修改 %1 名成员，请减少所选数量（例如每次只选一个子社群或一个标签）。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="779" />
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="788" />
      <source>Restored %1 members.</source>
      <translation>已恢复 %1 名成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="792" />
      <source>Delete members</source>
      <translation>删除成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="793" />
      <source>Delete %1 selected members?

They move to the deleted view (Show deleted) and can be restored from there.</source>
      <translation>删除所选的 %1 名成员？

这些成员将移到已删除视图（显示已删除），之后可在那里恢复。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="798" />
      <source>Deleted %1 members (recoverable under Show deleted).</source>
      <translation>已删除 %1 名成员（可在“显示已删除”中恢复）。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="803" />
      <source>There is nothing to choose from yet.</source>
      <translation>暂无可选项。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="818" />
      <source>Add tag</source>
      <translation>添加标签</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="818" />
      <source>Tag to add to %1 members:</source>
      <translation>要为 %1 名成员添加的标签：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="820" />
      <source>Remove tag</source>
      <translation>移除标签</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="820" />
      <source>Tag to remove from %1 members:</source>
      <translation>要从 %1 名成员移除的标签：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="824" />
      <source>Tag %1 added to %2 members.</source>
      <translation>已为 %2 名成员添加标签“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="824" />
      <source>Tag %1 removed from %2 members.</source>
      <translation>已从 %2 名成员移除标签“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="830" />
      <source>Move to sub-community</source>
      <translation>移至子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="831" />
      <source>Move %1 members into (they leave their other sub-communities):</source>
      <translation>将 %1 名成员移至（同时退出其他子社群）：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="835" />
      <source>%1 members moved to %2.</source>
      <translation>已将 %1 名成员移至 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="841" />
      <source>Set status</source>
      <translation>设置状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="841" />
      <source>New status for %1 members:</source>
      <translation>%1 名成员的新状态：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="845" />
      <source>Status set to %1 for %2 members.</source>
      <translation>已将 %2 名成员的状态设为“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="851" />
      <source>Last changed (UTC)</source>
      <translation>最后修改时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="858" />
      <source>Export members</source>
      <translation>导出成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="859" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="859" />
      <source>CSV file (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="870" />
      <source>Exported %1 members to %2.</source>
      <translation>已将 %1 名成员导出到 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="883" />
      <source>Members</source>
      <translation>成员</translation>
    </message>
  </context>
  <context>
    <name>ModerationLogPanel</name>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="62" />
      <source>Range:</source>
      <translation>范围：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="66" />
      <source>All time</source>
      <translation>全部时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="66" />
      <source>Last %1 days</source>
      <translation>近 %1 天</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="73" />
      <source>Figures</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="79" />
      <source>Median time to decision:</source>
      <translation>处理时长中位数：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="81" />
      <source>SLA breached:</source>
      <translation>超时率(SLA)：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="83" />
      <source>Now:</source>
      <translation>当前：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="85" />
      <source>In the range:</source>
      <translation>所选范围内：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="91" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="91" />
      <source>Cases</source>
      <translation>工单数</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="92" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="92" />
      <source>Credit moved</source>
      <translation>信用分变动</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="93" />
      <source>Members with two or more decisions against them in the range; double-click to open their newest case.</source>
      <translation>所选范围内被判定违规两次及以上的成员；双击可打开其最新工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="96" />
      <source>Cases by category</source>
      <translation>各类别工单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="97" />
      <source>Repeat offenders</source>
      <translation>屡次违规成员</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="100" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="100" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="100" />
      <source>Case</source>
      <translation>工单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="101" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="101" />
      <source>Action</source>
      <translation>处理措施</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="101" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="102" />
      <source>Double-click a row to open its case.</source>
      <translation>双击某行可打开对应工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="104" />
      <source>Moderation log</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="153" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="157" />
      <source>%1 open · %2 overdue</source>
      <translation>待处理 %1 · 已超时 %2</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="159" />
      <source>%1 cases opened · %2 decided</source>
      <translation>新增工单 %1 · 已处理 %2</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="170" />
      <source>member #%1</source>
      <translation>成员 #%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="199" />
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
  </context>
  <context>
    <name>ModerationSettingsDialog</name>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="47" />
      <source>Moderation settings</source>
      <translation>审核设置</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="59" />
      <source>SLA &amp;&amp; credit</source>
      <translation>处理时限 &amp;&amp; 信用分</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="60" />
      <source>Categories</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="61" />
      <source>Community rules</source>
      <translation>社群规则</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="68" />
      <source>Nothing was saved: %1</source>
      <translation>未保存任何内容：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="77" />
      <source>Decide a case within</source>
      <translation>工单处理时限</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="85" />
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="87" />
      <source>%1:</source>
      <translation>%1：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="89" />
      <source>Credit score move per decision</source>
      <translation>每种处理对信用分的增减</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="101" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="102" />
      <source>Default mute:</source>
      <translation>默认禁言：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="117" />
      <source>Category name, e.g. 政治敏感</source>
      <translation>类别名称，例如：政治敏感</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="120" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="121" />
      <source>Rename</source>
      <translation>重命名</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="122" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="126" />
      <source>A renamed category takes its cases and words with it. A removed category stays on the cases and words that have it.</source>
      <translation>重命名类别时，其工单和敏感词会随之更新。移除的类别仍保留在已使用它的工单和敏感词上。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="137" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="137" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="137" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="143" />
      <source>Add rule</source>
      <translation>添加规则</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="144" />
      <source>Delete selected</source>
      <translation>删除所选</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="200" />
      <source>Type the category's name first.</source>
      <translation>请先输入类别名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="203" />
      <source>There is already a category “%1”.</source>
      <translation>已存在类别“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="232" />
      <source>Keep at least one category.</source>
      <translation>至少保留一个类别。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="243" />
      <source>%1 open cases are in the category “%2”. They keep it, but it will no longer be offered and those cases must be given another category before they are edited. Remove it anyway?</source>
      <translation>类别“%2”下有 %1 个待处理工单。这些工单仍保留该类别，但该类别将不再可选，编辑这些工单前必须为其另选类别。仍要移除吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="291" />
      <source>Rules, row %1: enter the rule's number.</source>
      <translation>规则第 %1 行：请输入规则编号。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="293" />
      <source>Rules, rows %1 and %2 both have the number %3.</source>
      <translation>规则第 %1 行和第 %2 行的编号都是 %3。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="298" />
      <source>Rules, row %1: enter a title.</source>
      <translation>规则第 %1 行：请输入标题。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="314" />
      <source>Nothing was saved:</source>
      <translation>未保存任何内容：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="346" />
      <source>%1 changed these settings at %2 while you were editing; nothing was saved yet.</source>
      <translation>你编辑期间，%1 于 %2 修改了这些设置；你的修改尚未保存。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="363" />
      <source>Decide within, %1</source>
      <translation>处理时限（%1）</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="365" />
      <source>Credit move, %1</source>
      <translation>信用分增减（%1）</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="366" />
      <source>Default mute</source>
      <translation>默认禁言</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="376" />
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_settings_dialog.py" line="378" />
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
  </context>
  <context>
    <name>ModerationTab</name>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="71" />
      <source>Queue</source>
      <translation>待处理队列</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="74" />
      <source>Log &amp;&amp; figures</source>
      <translation>处理记录与统计</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="106" />
      <source>Open</source>
      <translation>未结案</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="107" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="113" />
      <source>All levels</source>
      <translation>全部预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="121" />
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="130" />
      <source>New case…</source>
      <translation>新建工单…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="131" />
      <source>A member's report or your own observation.</source>
      <translation>成员的举报，或你自己发现的问题。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="132" />
      <source>Scan messages</source>
      <translation>扫描消息</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="133" />
      <source>Scan the imported chat messages not scanned yet for sensitive words.</source>
      <translation>扫描尚未扫描过的已导入聊天消息，检查其中的敏感词。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="138" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="140" />
      <source>Sensitive words…</source>
      <translation>敏感词…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="141" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="142" />
      <source>Deadlines (SLA) per level, credit moves, categories, community rules</source>
      <translation>各预警等级的处理时限（SLA）、信用分变动、类别、社群规则</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="143" />
      <source>Decide selected…</source>
      <translation>处理所选…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="144" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="145" />
      <source>The queue as shown (these filters, this order) to Excel or CSV</source>
      <translation>将当前显示的队列（当前的筛选和排序）导出为 Excel 或 CSV</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="238" />
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="240" />
      <source>All assignees</source>
      <translation>全部负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="240" />
      <source>Me</source>
      <translation>我</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="241" />
      <source>Unassigned</source>
      <translation>未分配</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="285" />
      <source>%1 open · %2 overdue</source>
      <translation>未结案 %1 · 超时 %2</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="293" />
      <source>No cases match these filters.</source>
      <translation>没有符合筛选条件的工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="293" />
      <source>No cases yet. Cases arrive three ways: a report a member sends you and an operator's own observation (New case…), and sensitive-word hits when you scan imported chat messages (Scan messages; set up the words first with Sensitive words…).</source>
      <translation>还没有工单。工单有三种来源：成员向你发来的举报、运营者自己发现的问题（新建工单…），以及扫描已导入聊天消息时命中的敏感词（扫描消息；请先通过“敏感词…”设置词库）。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="376" />
      <source>This case is already yours.</source>
      <translation>此工单已由你负责。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="378" />
      <source>That does not apply to a case that is %1.</source>
      <translation>该操作不适用于状态为“%1”的工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="416" />
      <source>%1 changed case #%2 at %3, before you: it now shows their version. Look again and decide.</source>
      <translation>%1 先于你在 %3 修改了工单 #%2，现在显示的是对方的版本。请重新查看后再处理。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="417" />
      <source>A teammate</source>
      <translation>一位同事</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="420" />
      <source>The community file is busy — %1; nothing was written. Your note is kept: decide again in a moment.</source>
      <translation>社群文件正忙——%1；未写入任何内容。你的备注已保留，请稍后重新处理。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="427" />
      <source>The community file is busy (a teammate is saving a large change); nothing was written. Try again in a moment.</source>
      <translation>社群文件正忙（同事正在保存大量修改）；未写入任何内容。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="461" />
      <source>The community file is busy — %1; nothing was decided. Try again in a moment.</source>
      <translation>社群文件正忙——%1；未处理任何工单。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="472" />
      <source>The community file is busy (a teammate is saving a large change); nothing was decided. Try again in a moment.</source>
      <translation>社群文件正忙（同事正在保存大量修改）；未处理任何工单。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="476" />
      <source>Decided %1 of %2.</source>
      <translation>共选 %2 个，已处理 %1 个。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="478" />
      <source>Changed by a teammate meanwhile, left as they are: %1.</source>
      <translation>以下工单在此期间已被同事修改，已保持原样：%1。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="479" />
      <source>#%1 (%2 at %3)</source>
      <translation>#%1（%2 于 %3）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="482" />
      <source>No longer open: %1.</source>
      <translation>已结案，未处理：%1。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="517" />
      <source>Word lists saved. Scan messages to check the messages not scanned yet.</source>
      <translation>词库已保存。点击“扫描消息”检查尚未扫描的消息。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="548" />
      <source>Scanning messages…</source>
      <translation>正在扫描消息…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="561" />
      <source>There are no sensitive words yet: add them with Sensitive words… (or import a word list there), then scan.</source>
      <translation>还没有敏感词：请先通过“敏感词…”添加（也可在那里导入词库），然后再扫描。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="567" />
      <source>Scanning messages… %1 of %2</source>
      <translation>正在扫描消息… %1 / %2</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="574" />
      <source>Scanned %1 messages: %2 cases opened (%3).</source>
      <translation>已扫描 %1 条消息：新建 %2 个工单（%3）。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="581" />
      <source>The scan stopped and opened nothing: %1</source>
      <translation>扫描已停止，未新建任何工单：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="586" />
      <source>Scan cancelled — nothing was written.</source>
      <translation>扫描已取消，未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="600" />
      <source>Export the case queue</source>
      <translation>导出工单队列</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="608" />
      <source>Cases</source>
      <translation>工单</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="632" />
      <source>Moderation</source>
      <translation>审核</translation>
    </message>
  </context>
  <context>
    <name>NoticeArea</name>
    <message>
      <location filename="../../app/views/notice_area.py" line="46" />
      <source>Hide this notice</source>
      <translation>隐藏此提示</translation>
    </message>
  </context>
  <context>
    <name>OperatorDialog</name>
    <message>
      <location filename="../../app/views/first_run.py" line="140" />
      <source>Who is operating?</source>
      <translation>谁在操作？</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="141" />
      <source>Your name is shown to teammates and recorded with every change you make.</source>
      <translation>你的名字会显示给同事，并记录在你的每一项修改中。</translation>
    </message>
  </context>
  <context>
    <name>OperatorPage</name>
    <message>
      <location filename="../../app/views/first_run.py" line="143" />
      <source>Your &amp;name:</source>
      <translation>你的姓名(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="144" />
      <source>You can change it later under Edit ▸ Operator name.</source>
      <translation>之后可在“编辑 ▸ 运营者姓名”中修改。</translation>
    </message>
  </context>
  <context>
    <name>PathRow</name>
    <message>
      <location filename="../../app/views/first_run.py" line="170" />
      <source>New community file</source>
      <translation>新建社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="174" />
      <source>Open a shared community file</source>
      <translation>打开共享的社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="180" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <location filename="../../app/views/period_picker.py" line="27" />
      <source>Last 7 days</source>
      <translation>近 7 天</translation>
    </message>
    <message>
      <location filename="../../app/views/period_picker.py" line="27" />
      <source>Last 30 days</source>
      <translation>近 30 天</translation>
    </message>
    <message>
      <location filename="../../app/views/period_picker.py" line="28" />
      <source>Last 90 days</source>
      <translation>近 90 天</translation>
    </message>
    <message>
      <location filename="../../app/views/period_picker.py" line="28" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="../../app/views/period_picker.py" line="29" />
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <location filename="../../app/views/period_picker.py" line="29" />
      <source>Custom range</source>
      <translation>自定义范围</translation>
    </message>
    <message>
      <location filename="../../app/views/period_picker.py" line="37" />
      <source>Period:</source>
      <translation>统计周期：</translation>
    </message>
    <message>
      <location filename="../../app/views/period_picker.py" line="80" />
      <source>Choose “Custom range” to type the dates</source>
      <translation>选择“自定义范围”后可输入日期</translation>
    </message>
  </context>
  <context>
    <name>PillarMixChart</name>
    <message>
      <location filename="../../app/views/content_panels.py" line="117" />
      <source>%1: %2 items, %3% planned, target %4%</source>
      <translation>%1：%2 条，计划占比 %3%，目标 %4%</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="131" />
      <source>%1% / %2%</source>
      <translation>%1% / %2%</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="133" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
  </context>
  <context>
    <name>Presence</name>
    <message>
      <location filename="../../app/views/presence.py" line="16" />
      <source>someone</source>
      <translation>某人</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="17" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="22" />
      <source>Only you</source>
      <translation>仅你一人</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="23" />
      <source>Also here: %1</source>
      <translation>同时在用：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="23" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="28" />
      <source>Nobody else has this file open.</source>
      <translation>没有其他人打开此文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="29" />
      <source>%1 — on %2 since %3</source>
      <translation>%1 — 在 %2 上，自 %3 起</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="31" />
      <source>Also working in this file:</source>
      <translation>同时在使用此文件的人：</translation>
    </message>
  </context>
  <context>
    <name>ProcessJob</name>
    <message>
      <location filename="../../app/views/worker.py" line="113" />
      <source>the job stopped unexpectedly (exit code %1); nothing was written</source>
      <translation>任务意外停止（退出代码 %1），未写入任何内容</translation>
    </message>
  </context>
  <context>
    <name>RecentFilesPage</name>
    <message>
      <location filename="../../app/views/settings_pages.py" line="400" />
      <source>Recent files</source>
      <translation>最近文件</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="403" />
      <source>Clear the list</source>
      <translation>清空列表</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="412" />
      <source>Recently opened files</source>
      <translation>最近打开的文件</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="413" />
      <source>The community files under File ▸ Open Recent, newest first. Clearing the list leaves the files themselves alone.</source>
      <translation>“文件 ▸ 最近打开”中列出的社群文件，最新的在前。清空列表不会影响文件本身。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="415" />
      <source>an empty list</source>
      <translation>空列表</translation>
    </message>
  </context>
  <context>
    <name>RegistrationsPanel</name>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="39" />
      <source>Add members: type a name, nickname, phone or handle</source>
      <translation>添加成员：输入姓名、昵称、手机号或账号</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="41" />
      <source>Register</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="44" />
      <source>Walk-in</source>
      <translation>现场参与</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="46" />
      <source>Came without registering: recorded as attended.</source>
      <translation>未报名直接到场：记为已到场。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="48" />
      <source>Import a list…</source>
      <translation>导入名单…</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="73" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="73" />
      <source>Nickname</source>
      <translation>昵称</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="73" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="73" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="74" />
      <source>Converted</source>
      <translation>已转化</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="74" />
      <source>Registered at</source>
      <translation>报名时间</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="85" />
      <source>Attended</source>
      <translation>已到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="86" />
      <source>No-show</source>
      <translation>未到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="87" />
      <source>Registered</source>
      <translation>已报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="88" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="90" />
      <source>Not converted</source>
      <translation>未转化</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="91" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="98" />
      <source>The rest did not come</source>
      <translation>其余未到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="100" />
      <source>After the activity: everyone still only registered becomes a no-show.</source>
      <translation>活动结束后使用：仍为“已报名”的成员全部记为未到场。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="129" />
      <source>%1 registered</source>
      <translation>报名 %1 人</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="129" />
      <source>%1 attended</source>
      <translation>到场 %1 人</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="130" />
      <source>%1 no-shows</source>
      <translation>未到场 %1 人</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="131" />
      <source>%1 walk-ins</source>
      <translation>现场参与 %1 人</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="134" />
      <source>capacity %1</source>
      <translation>名额 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="137" />
      <source>Over capacity: %1 registered for %2 places.</source>
      <translation>超出名额：共 %2 个名额，已报名 %1 人。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="156" />
      <source>(on the list)</source>
      <translation>（已在名单中）</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="162" />
      <source>No member matches.</source>
      <translation>没有匹配的成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="181" />
      <source>Registrations</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="182" />
      <source>Already registered: a member is on the list once.</source>
      <translation>已报名：每位成员在名单中只能出现一次。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="224" />
      <source>Remove registrations</source>
      <translation>移除报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_registrations_panel.py" line="225" />
      <source>Take %1 members off this activity's list? Their attendance is removed too.</source>
      <translation>将 %1 名成员从本活动名单中移除？其到场记录也会一并删除。</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../app/views/settings_pages.py" line="275" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="280" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="286" />
      <source>Folder for reports</source>
      <translation>报告文件夹</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="287" />
      <source>Where Reports ▸ Generate… first offers to save a workbook. Saving a report in another folder makes that folder the one offered next time.</source>
      <translation>“报表 ▸ 生成…”默认建议的工作簿保存位置。若将报告保存到其他文件夹，下次会默认建议该文件夹。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="289" />
      <source>your Documents folder (%1)</source>
      <translation>“文档”文件夹（%1）</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="311" />
      <source>The folder %1 does not exist. Choose one that does, or leave the box empty for the default.</source>
      <translation>文件夹 %1 不存在。请选择一个已存在的文件夹，或留空以使用默认位置。</translation>
    </message>
  </context>
  <context>
    <name>ReportsTab</name>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="88" />
      <source>Operations report</source>
      <translation>运营报告</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="94" />
      <source>One Excel workbook for managers: the KPIs against the previous period and the targets, members, content, activities, moderation, and how each figure is computed. It opens in Excel, WPS and LibreOffice without this app.</source>
      <translation>一份给管理层看的 Excel 工作簿：核心指标与上期及目标的对比，成员、内容、活动、审核数据，以及各项指标的计算方法。无需本应用，用 Excel、WPS 或 LibreOffice 即可打开。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="99" />
      <source>Open a community file (File ▸ Open…) to build a report from it.</source>
      <translation>请先打开社群文件（文件 ▸ 打开…），再生成报告。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="119" />
      <source>Whole community</source>
      <translation>全体成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="123" />
      <source>Sub-community:</source>
      <translation>子社群：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="135" />
      <source>Mask phone numbers, WeChat IDs and emails</source>
      <translation>对手机号、微信号和邮箱脱敏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="138" />
      <source>Phone numbers appear as 138****5678; WeChat IDs and emails partly</source>
      <translation>手机号显示为 138****5678；微信号和邮箱部分隐藏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="140" />
      <source>⚠ Full contact details go into the file, and the export is recorded in the change log with your name.</source>
      <translation>⚠ 完整联系方式将写入文件，本次导出会以你的名字记入变更日志。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="150" />
      <source>What the workbook will hold</source>
      <translation>工作簿内容预览</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="166" />
      <source>Period:</source>
      <translation>统计周期：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="167" />
      <source>Scope:</source>
      <translation>统计范围：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="168" />
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="169" />
      <source>The report follows the app's language</source>
      <translation>报告语言与应用界面语言一致</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="170" />
      <source>Contact details:</source>
      <translation>联系方式：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="180" />
      <source>Sheets</source>
      <translation>工作表</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="182" />
      <source>Headline figures</source>
      <translation>核心指标</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="207" />
      <source>Sheet</source>
      <translation>工作表</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="207" />
      <source>Rows</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="234" />
      <source>Generate…</source>
      <translation>生成…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="235" />
      <source>Choose where to save the workbook, then write it</source>
      <translation>选择工作簿的保存位置，然后生成</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="237" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="238" />
      <source>Writing the report to %1…</source>
      <translation>正在将报告写入 %1…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="239" />
      <source>Report cancelled; no file was written.</source>
      <translation>已取消生成报告，未写入任何文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="240" />
      <source>The report was not written.</source>
      <translation>报告未生成。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="243" />
      <source>Stop writing; no file is left behind</source>
      <translation>停止写入，不会留下任何文件</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="245" />
      <source>Cancelling the report…</source>
      <translation>正在取消生成报告…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="252" />
      <source>Open the file</source>
      <translation>打开文件</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="253" />
      <source>Show in folder</source>
      <translation>在文件夹中显示</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="346" />
      <source>Computing the preview…</source>
      <translation>正在计算预览…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="409" />
      <source>%1 (the app's language)</source>
      <translation>%1（应用界面语言）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="411" />
      <source>masked</source>
      <translation>已脱敏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="412" />
      <source>in full</source>
      <translation>完整显示</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="429" />
      <source>%1:</source>
      <translation>%1：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="456" />
      <source>Save the operations report</source>
      <translation>保存运营报告</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="457" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="477" />
      <source>Report written to %1 (%2 sheets).</source>
      <translation>报告已写入 %1（共 %2 个工作表）。</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="41" />
      <source>Restore from a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="46" />
      <source>Replace the contents of %1 with a backup. A backup of the current contents is taken first, so a restore can itself be undone. Everyone who has the file open sees the restored contents.</source>
      <translation>用备份替换 %1 的内容。恢复前会先备份当前内容，因此恢复操作本身也可以撤销。所有打开此文件的人都会看到恢复后的内容。</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="53" />
      <source>Taken</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="53" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="53" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="60" />
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="70" />
      <source>No backups of this file on this computer yet. Choose a backup file instead.</source>
      <translation>此电脑上还没有这个文件的备份。请改为选择备份文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="74" />
      <source>Other backup file…</source>
      <translation>其他备份文件…</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="76" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="97" />
      <source>the backup of %1</source>
      <translation>%1 的备份</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="100" />
      <source>Choose a backup file</source>
      <translation>选择备份文件</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="101" />
      <source>Community Desk backups (*.sqlite *.cdesk *.db);;All files (*)</source>
      <translation>社群运营工作台备份 (*.sqlite *.cdesk *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="107" />
      <source>Replace the contents of %1 with %2?</source>
      <translation>用%2替换 %1 的内容吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="110" />
      <source>Changes made after that backup are replaced for everyone who uses the file. The current contents are backed up first.</source>
      <translation>该备份之后所做的修改将被替换，所有使用此文件的人都会受影响。恢复前会先备份当前内容。</translation>
    </message>
  </context>
  <context>
    <name>ResultsPanel</name>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="24" />
      <source>Figures</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="27" />
      <source>Registered:</source>
      <translation>报名：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="27" />
      <source>Attended:</source>
      <translation>到场：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="28" />
      <source>Participation rate:</source>
      <translation>参与率：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="29" />
      <source>No-shows:</source>
      <translation>未到场：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="29" />
      <source>Walk-ins:</source>
      <translation>现场参与（未报名）：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="30" />
      <source>Conversions:</source>
      <translation>转化：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="30" />
      <source>Conversion rate:</source>
      <translation>转化率：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="31" />
      <source>Cost:</source>
      <translation>费用：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="31" />
      <source>Cost per attendee:</source>
      <translation>人均成本：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="32" />
      <source>Returning attendees:</source>
      <translation>老成员到场：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="32" />
      <source>First-time attendees:</source>
      <translation>首次到场：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="44" />
      <source>Invited tiers</source>
      <translation>邀请等级</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="48" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="48" />
      <source>Members</source>
      <translation>成员数</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="48" />
      <source>Registered</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="49" />
      <source>Attended</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="49" />
      <source>Show-up</source>
      <translation>到场率</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="53" />
      <source>No tiers were invited (edit the activity to choose them).</source>
      <translation>未邀请任何等级（编辑活动即可选择）。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="72" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="72" />
      <source>spent</source>
      <translation>实际</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="72" />
      <source>planned</source>
      <translation>计划</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="82" />
      <source>registrations</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="82" />
      <source>attendance</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="83" />
      <source>conversions</source>
      <translation>转化</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="84" />
      <source>&lt;span style="color:%1"&gt;%2: %3 of %4 %5&lt;/span&gt;</source>
      <translation>&lt;span style="color:%1"&gt;%2：%3 / %4 %5&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="87" />
      <source>Goals: </source>
      <translation>目标：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="87" />
      <source>No goals set.</source>
      <translation>未设目标。</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="64" />
      <source>%1 (found by search)</source>
      <translation>%1（搜索找到）</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="72" />
      <source>Choose…</source>
      <translation>请选择…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="81" />
      <source>Add as new member</source>
      <translation>添加为新成员</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="82" />
      <source>Skip</source>
      <translation>跳过</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="83" />
      <source>Search the roster…</source>
      <translation>在成员名单中搜索…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="88" />
      <source>name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="88" />
      <source>nickname</source>
      <translation>昵称</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="88" />
      <source>phone</source>
      <translation>手机号</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="89" />
      <source>WeChat ID</source>
      <translation>微信号</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="89" />
      <source>email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="90" />
      <source>handle</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="91" />
      <source>same %1</source>
      <translation>%1相同</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="91" />
      <source>similar %1</source>
      <translation>%1相似</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="94" />
      <source>Matched</source>
      <translation>已匹配</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="94" />
      <source>Needs a decision</source>
      <translation>待确认</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="95" />
      <source>Unknown</source>
      <translation>未识别</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="112" />
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="112" />
      <source>In the list</source>
      <translation>名单内容</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="112" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="112" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="147" />
      <source>Click to choose a member, add a new one or skip.</source>
      <translation>点击选择成员、添加为新成员或跳过。</translation>
    </message>
  </context>
  <context>
    <name>RunPage</name>
    <message>
      <location filename="../../app/views/import_wizard.py" line="648" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="649" />
      <source>The members are written in one step: a cancelled import changes nothing.</source>
      <translation>成员会一次性写入：取消导入不会做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="658" />
      <source>Cancel import</source>
      <translation>取消导入</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="702" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="721" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="732" />
      <source>Importing… %1 rows read</source>
      <translation>正在导入… 已读取 %1 行</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="741" />
      <source>The import is complete.</source>
      <translation>导入完成。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="745" />
      <source>The invalid rows were written to %1</source>
      <translation>无效行已写入 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="757" />
      <source>Cancelled — nothing was written.</source>
      <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="763" />
      <source>The import failed: %1</source>
      <translation>导入失败：%1</translation>
    </message>
  </context>
  <context>
    <name>SeriesDialog</name>
    <message>
      <location filename="../../app/views/series_dialog.py" line="47" />
      <source>New recurring series</source>
      <translation>新建重复系列</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="63" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="64" />
      <source>Duration:</source>
      <translation>时长：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="68" />
      <source>Daily</source>
      <translation>每天</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="68" />
      <source>Weekly</source>
      <translation>每周</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="68" />
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="72" />
      <source>Repeat:</source>
      <translation>重复：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="76" />
      <source>Every:</source>
      <translation>每：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="89" />
      <source>On:</source>
      <translation>星期：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="93" />
      <source>Months without this day are skipped.</source>
      <translation>没有这一天的月份将跳过。</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="94" />
      <source>Day of the month:</source>
      <translation>每月第几天：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="101" />
      <source>At:</source>
      <translation>时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="104" />
      <source>First day:</source>
      <translation>开始日期：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="105" />
      <source>Until</source>
      <translation>截止到</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="108" />
      <source>At most</source>
      <translation>最多</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="114" />
      <source> times</source>
      <translation> 次</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="122" />
      <source>Ends:</source>
      <translation>结束：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="139" />
      <source>Create items</source>
      <translation>创建内容</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="181" />
      <source> day(s)</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="181" />
      <source> week(s)</source>
      <translation> 周</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="182" />
      <source> month(s)</source>
      <translation> 个月</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="189" />
      <source>Cannot create this series: %1.</source>
      <translation>无法创建此系列：%1。</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="193" />
      <source>%1 — creates %2 item(s).</source>
      <translation>%1 — 将创建 %2 条内容。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../app/views/settings_dialog.py" line="53" />
      <source>Restart</source>
      <translation>重新启动</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_dialog.py" line="54" />
      <source>Community Desk could not start again. Start it the way you usually do.</source>
      <translation>社群运营工作台无法自动重新启动，请按平时的方式手动启动。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_dialog.py" line="63" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_dialog.py" line="93" />
      <source>Put the settings on this page back to their defaults (written when you press OK or Apply)</source>
      <translation>将本页设置恢复为默认值（点击“确定”或“应用”后写入）</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_dialog.py" line="167" />
      <source>The interface will be in %1 after Community Desk restarts.</source>
      <translation>社群运营工作台重新启动后，界面语言将切换为 %1。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_dialog.py" line="168" />
      <source>Restart now</source>
      <translation>立即重新启动</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../app/views/settings_pages.py" line="82" />
      <source>Default: %1</source>
      <translation>默认：%1</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="63" />
      <source>Members tab</source>
      <translation>成员页</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="64" />
      <source>Content tab (calendar)</source>
      <translation>内容页（日历）</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="65" />
      <source>Moderation tab (the queue)</source>
      <translation>审核页（待处理队列）</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="66" />
      <source>History window</source>
      <translation>历史记录窗口</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="68" />
      <source>Claim the case</source>
      <translation>认领工单</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="69" />
      <source>Dismiss the case (no violation)</source>
      <translation>驳回工单（未违规）</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="70" />
      <source>Record an appeal…</source>
      <translation>记录申诉…</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="71" />
      <source>Uphold the appealed decision</source>
      <translation>申诉：维持原判</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="72" />
      <source>Overturn the appealed decision</source>
      <translation>申诉：改判</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="78" />
      <source>Next case</source>
      <translation>下一个工单</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="78" />
      <source>Previous case</source>
      <translation>上一个工单</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="79" />
      <source>Decide: %1</source>
      <translation>处理：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="83" />
      <source>Read the roster again</source>
      <translation>重新读取成员名单</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="85" />
      <source>Previous month or week</source>
      <translation>上一月或上一周</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="86" />
      <source>Next month or week</source>
      <translation>下一月或下一周</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="88" />
      <source>Choose another item of the same day</source>
      <translation>选择同一天的其他内容</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="89" />
      <source>Open the chosen item</source>
      <translation>打开所选内容</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="92" />
      <source>Read the change log again</source>
      <translation>重新读取变更日志</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="100" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="103" />
      <source>The tab keys work when the tab has the focus; letters in the moderation queue work while you are not typing in a box.</source>
      <translation>标签页内的按键在该页获得焦点时生效；审核队列中的字母键在你没有往输入框里打字时生效。</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="109" />
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="109" />
      <source>Command</source>
      <translation>命令</translation>
    </message>
    <message>
      <location filename="../../app/views/shortcuts_dialog.py" line="114" />
      <source>Menus</source>
      <translation>菜单</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../app/views/first_run.py" line="275" />
      <source>%1 is a folder. Choose a file name.</source>
      <translation>%1 是一个文件夹。请指定文件名。</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="278" />
      <source>%1 was not found. Check the path, or that the network drive is connected.</source>
      <translation>找不到 %1。请检查路径，或确认网络驱动器已连接。</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="296" />
      <source>How would you like to start?</source>
      <translation>你想从哪里开始？</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="297" />
      <source>Open the demo community</source>
      <translation>打开演示社群</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="298" />
      <source>Start a new community</source>
      <translation>新建社群</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="299" />
      <source>Open a shared file</source>
      <translation>打开共享文件</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="301" />
      <source>The demo community is already in %1; it opens as it is.</source>
      <translation>演示社群已在 %1 中，将直接打开。</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="303" />
      <source>A running and fitness community (燃跑) with 500 members, a content plan, a year of activities and a moderation queue: try everything without touching real data. It is built in %1 and takes a few seconds.</source>
      <translation>一个跑步健身社群（燃跑），有 500 名成员、一份内容计划、一年的活动和一个审核队列：不碰真实数据，也能把所有功能试一遍。演示社群会生成在 %1 中，只需几秒钟。</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="307" />
      <source>An empty community file. Import your members from Excel or CSV, and chat exports from WeChat, QQ, Telegram or Discord.</source>
      <translation>一个空的社群文件。可从 Excel 或 CSV 导入成员，从微信、QQ、Telegram 或 Discord 导入聊天记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/first_run.py" line="309" />
      <source>A %1 file your team keeps on a network drive or in a synced folder: everyone works in it at once.</source>
      <translation>团队放在共享盘或同步文件夹中的 %1 文件：大家可以同时使用。</translation>
    </message>
  </context>
  <context>
    <name>StorageGuard</name>
    <message>
      <location filename="../../app/views/storage_guard.py" line="48" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="48" />
      <source>Backing up to %1…</source>
      <translation>正在备份到 %1…</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="49" />
      <source>Backup cancelled; nothing was written.</source>
      <translation>已取消备份，未写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="50" />
      <source>The backup failed.</source>
      <translation>备份失败。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="89" />
      <source>%1 is damaged (%2). It is open read-only so nothing more is lost.</source>
      <translation>%1 已损坏（%2）。已以只读方式打开，以免丢失更多数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="95" />
      <source>Checking the file</source>
      <translation>正在检查文件</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="97" />
      <source>The daily backup was not taken: %1</source>
      <translation>今日自动备份未完成：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="102" />
      <source>This file is in a synced folder. If two people change it at the same time, the sync service can split it into two copies and one side's changes go missing from the other. For a team, keep the file on a shared network drive; for one person, this is fine.</source>
      <translation>此文件位于同步文件夹中。如果两人同时修改，同步服务可能会把它拆成两个副本，一方的修改在另一方那里就会丢失。团队使用时，请将文件放在网络共享盘上；只有一人使用则没有问题。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="107" />
      <source>This file is on a removable disk. Do not unplug it while Community Desk is open.</source>
      <translation>此文件位于可移动磁盘上。社群运营工作台打开期间请勿拔出。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="112" />
      <source>%1 conflicted copies of this file are in its folder (made by a sync service when two computers changed it at once). Changes in them are not in this file. Open one to compare, then delete it.</source>
      <translation>此文件所在文件夹中有 %1 个冲突副本（两台电脑同时修改时由同步服务生成），其中的修改不在此文件中。请打开副本进行对比，然后将其删除。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="116" />
      <source>Open a copy…</source>
      <translation>打开副本…</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="119" />
      <source>Open a conflicted copy</source>
      <translation>打开冲突副本</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="129" />
      <source>Restore the backup of %1</source>
      <translation>恢复 %1 的备份</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="131" />
      <source>Restore from…</source>
      <translation>从其他备份恢复…</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="141" />
      <source>The community file is damaged</source>
      <translation>社群文件已损坏</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="142" />
      <source>%1

Restore the backup of %2? The damaged file is kept beside it.</source>
      <translation>%1

要恢复 %2 的备份吗？损坏的文件会保留在原文件旁。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="159" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="160" />
      <source>The file is damaged; it is open read-only.</source>
      <translation>文件已损坏，已以只读方式打开。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="164" />
      <source>Restored. The damaged file is kept as %1</source>
      <translation>已恢复。损坏的文件已保留为 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="170" />
      <source>Choose a backup file</source>
      <translation>选择备份文件</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="171" />
      <source>Community Desk backups (*.sqlite *.cdesk *.db);;All files (*)</source>
      <translation>社群运营工作台备份 (*.sqlite *.cdesk *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="190" />
      <source>Back up the community file</source>
      <translation>备份社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="223" />
      <source>Restoring from %1…</source>
      <translation>正在从 %1 恢复…</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="227" />
      <source>Restored from %1. The previous contents are in %2.</source>
      <translation>已从 %1 恢复。恢复前的内容保存在 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="236" />
      <source>Backed up to %1 (checked)</source>
      <translation>已备份到 %1（已校验）</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="243" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="248" />
      <source>No backup yet</source>
      <translation>尚无备份</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="253" />
      <source>Last backup %1</source>
      <translation>上次备份：%1</translation>
    </message>
  </context>
  <context>
    <name>StoragePage</name>
    <message>
      <location filename="../../app/views/settings_pages.py" line="174" />
      <source>Storage</source>
      <translation>存储</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="181" />
      <source>Automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="182" />
      <source>WAL on a local disk; the rollback journal on a network share, a synced folder (Dropbox, OneDrive, 坚果云…) or a USB disk. Right for almost everyone.</source>
      <translation>本地磁盘上使用 WAL；网络共享、同步文件夹（Dropbox、OneDrive、坚果云…）或 U 盘上使用回滚日志。适用于绝大多数情况。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="184" />
      <source>WAL (write-ahead log)</source>
      <translation>WAL（预写日志）</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="185" />
      <source>Fastest, and reading never waits for a write. Only for a file on this computer's own disk: WAL needs shared memory on one machine and can damage a file on a share.</source>
      <translation>速度最快，读取无需等待写入。仅适用于保存在本机磁盘上的文件：WAL 依赖同一台机器上的共享内存，用于网络共享上的文件可能会损坏文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="187" />
      <source>Rollback journal</source>
      <translation>回滚日志</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="188" />
      <source>Safe on network shares and synced folders; saving is a little slower. Choose it when the file is shared but the automatic check sees a local disk.</source>
      <translation>在网络共享和同步文件夹上也安全，但保存稍慢。如果文件是共享的，但自动检测认为它在本地磁盘上，请选择此项。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="198" />
      <source>Journal mode</source>
      <translation>日志模式</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="199" />
      <source>How the community file keeps a save safe until it is complete.</source>
      <translation>社群文件在保存完成之前如何保证数据安全。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="201" />
      <source>Applies the next time a community file is opened. Everyone who shares a file should use the same mode: change it while no one else has the file open.</source>
      <translation>下次打开社群文件时生效。共用同一文件的所有人应使用相同的模式：请在没有其他人打开该文件时更改。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="206" />
      <source>The open file uses: %1</source>
      <translation>当前打开的文件使用：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="217" />
      <source>No backups are taken in this session.</source>
      <translation>本次会话不进行备份。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="221" />
      <source>Open folder</source>
      <translation>打开文件夹</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="228" />
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="234" />
      <source>Every community file opened on this computer is backed up here, each in its own folder: once a day when it is first opened, and whenever you choose File ▸ Back up now.</source>
      <translation>在此电脑上打开过的每个社群文件都会备份到这里，每个文件一个文件夹：每天首次打开时备份一次，每次选择“文件 ▸ 立即备份”时也会备份。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="239" />
      <source>Kept per file: the last %1 daily backups, %2 made with Back up now, %3 taken before a restore and %4 taken before the file was upgraded; older ones are deleted.</source>
      <translation>每个文件保留：最近 %1 份每日备份、%2 份“立即备份”的备份、%3 份恢复前备份和 %4 份文件升级前备份；更早的备份会被删除。</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="250" />
      <source>Cannot create %1: %2</source>
      <translation>无法创建 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/views/settings_pages.py" line="254" />
      <source>The backups are in %1</source>
      <translation>备份位于 %1</translation>
    </message>
  </context>
  <context>
    <name>TasksPanel</name>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="47" />
      <source>Task</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="47" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="47" />
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="58" />
      <source>New task</source>
      <translation>新任务</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="68" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="76" />
      <source>Add the usual checklist</source>
      <translation>添加常用清单</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="78" />
      <source>The standard warm-up, on-the-day and review tasks for this format.</source>
      <translation>此活动形式的标准预热、当天执行和复盘任务。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="80" />
      <source>Delete task</source>
      <translation>删除任务</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="120" />
      <source>Overdue since %1</source>
      <translation>自 %1 起已逾期</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="153" />
      <source>Tasks</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="171" />
      <source>This task was changed by %1 at %2 while you were editing it.</source>
      <translation>你编辑期间，%1 于 %2 修改了此任务。</translation>
    </message>
  </context>
  <context>
    <name>TimeSlotPanel</name>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="133" />
      <source>Attendance rate (attended ÷ registered) of past activities by the weekday and hour they started. Hover a cell for its figures; grey: no activity at that time.</source>
      <translation>过去活动按开始时间（星期与小时）统计的到场率（到场 ÷ 报名）。鼠标悬停在单元格上可查看数据；灰色表示该时段没有活动。</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="151" />
      <source>Colour: &lt;span style="background:%1"&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; lowest rate … &lt;span style="background:%3;color:white"&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt; highest</source>
      <translation>颜色：&lt;span style="background:%1"&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; 最低 … &lt;span style="background:%3;color:white"&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt; 最高</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="156" />
      <source>Not enough past activities with registrations to compare time slots yet.</source>
      <translation>有报名数据的过去活动还不够，暂时无法比较各时段。</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="159" />
      <source>%1 %2:00 (%3, %4 activities)</source>
      <translation>%1 %2:00（%3，%4 场活动）</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="161" />
      <source>Best attended slots: %1</source>
      <translation>到场率最高的时段：%1</translation>
    </message>
  </context>
  <context>
    <name>VariantsPanel</name>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="42" />
      <source>Try two versions — Friday 20:00 against Saturday 10:00, or two posters — and record how many people each reached and how many of them converted (registered, bought…).</source>
      <translation>同时尝试两个方案——比如周五 20:00 对比周六 10:00，或两张海报——并记录每个方案触达的人数以及其中转化（报名、购买…）的人数。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="48" />
      <source>Variant</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="48" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="48" />
      <source>Audience</source>
      <translation>触达人数</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="49" />
      <source>Conversions</source>
      <translation>转化</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="49" />
      <source>Rate</source>
      <translation>转化率</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="56" />
      <source>Add variant</source>
      <translation>添加方案</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="59" />
      <source>Remove variant</source>
      <translation>移除方案</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="104" />
      <source>Add at least two variants to compare them.</source>
      <translation>至少添加两个方案才能比较。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="109" />
      <source>%1 against %2: no audience recorded yet.</source>
      <translation>%1 对比 %2：尚未记录触达人数。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="111" />
      <source>%1 against %2: %3 points (95% confidence interval %4 to %5 points)</source>
      <translation>%1 对比 %2：相差 %3 个百分点（95% 置信区间 %4 至 %5 个百分点）</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="116" />
      <source>a real difference: %1 converts better.</source>
      <translation>差异显著：%1 转化更好。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="118" />
      <source>not significant: the difference may be chance; do not pick a winner on these numbers.</source>
      <translation>差异不显著：可能只是偶然，不要凭这些数字选出胜者。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="121" />
      <source>(Few conversions or non-conversions: the interval is only a rough guide.)</source>
      <translation>（转化或未转化的人数较少：该区间仅供粗略参考。）</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="142" />
      <source>A/B variants</source>
      <translation>A/B 方案</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="142" />
      <source>“%1” is not a whole number.</source>
      <translation>“%1”不是整数。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_variants_panel.py" line="157" />
      <source>Variant %1 was changed by %2 at %3 while you were editing it.</source>
      <translation>你编辑期间，%2 于 %3 修改了方案 %1。</translation>
    </message>
  </context>
  <context>
    <name>ViewExport</name>
    <message>
      <location filename="../../app/views/view_export.py" line="140" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/view_export.py" line="141" />
      <source>CSV file (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/views/view_export.py" line="153" />
      <source>Exported %1 rows to %2.</source>
      <translation>已导出 %1 行到 %2。</translation>
    </message>
  </context>
  <context>
    <name>WordListDialog</name>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="63" />
      <source>Sensitive words</source>
      <translation>敏感词</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="75" />
      <source>Words</source>
      <translation>词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="76" />
      <source>Allow-list</source>
      <translation>白名单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="86" />
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="87" />
      <source>A CSV or Excel file with the columns word, level (red/yellow/blue or 红/黄/蓝, allow for the allow-list) and category.</source>
      <translation>含 word、level（red/yellow/blue 或 红/黄/蓝，白名单填 allow）和 category 列的 CSV 或 Excel 文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="89" />
      <source>Reload</source>
      <translation>重新加载</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="90" />
      <source>Read the lists as they are in the file now; your edits here are dropped.</source>
      <translation>按文件中当前的词库重新读取；你在这里做的修改将被丢弃。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="109" />
      <source>Filter words</source>
      <translation>筛选词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="114" />
      <source>Add word</source>
      <translation>添加词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="115" />
      <source>Delete selected</source>
      <translation>删除所选</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="120" />
      <source>Word</source>
      <translation>词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="120" />
      <source>Level</source>
      <translation>预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="120" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="120" />
      <source>Matched as</source>
      <translation>匹配形式</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="140" />
      <source>A word found inside one of these phrases is not reported (a false positive).</source>
      <translation>出现在这些短语中的词不会被报告（用于排除误报）。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="143" />
      <source>Phrase</source>
      <translation>短语</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="149" />
      <source>Add phrase</source>
      <translation>添加短语</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="208" />
      <source>%1 words</source>
      <translation>%1 个词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="210" />
      <source>%1 allowed phrases</source>
      <translation>%1 个白名单短语</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="219" />
      <source>Import sensitive words</source>
      <translation>导入敏感词</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="220" />
      <source>Word lists (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>词库 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="228" />
      <source>Reading %1…</source>
      <translation>正在读取 %1…</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="242" />
      <source>%1 has %2 bad rows; nothing was imported:</source>
      <translation>%1 中有 %2 行有误，未导入任何内容：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="257" />
      <source>From %1: %2 words added, %3 changed, %4 allowed phrases added. Save to keep them.</source>
      <translation>从 %1 导入：新增 %2 个词条，修改 %3 个，新增 %4 个白名单短语。保存后生效。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="289" />
      <source>%1, row %2: the word is empty.</source>
      <translation>%1，第 %2 行：词条为空。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="291" />
      <source>%1, row %2: “%3” has no letters or digits to match.</source>
      <translation>%1，第 %2 行：“%3”中没有可匹配的字母或数字。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="293" />
      <source>%1, rows %2 and %3 are the same word once normalised (“%4”).</source>
      <translation>%1，第 %2 行与第 %3 行归一化后是同一个词（“%4”）。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="300" />
      <source>… and %1 more</source>
      <translation>…另有 %1 条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="307" />
      <source>Nothing was saved:</source>
      <translation>未保存：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="315" />
      <source>Nothing was saved: %1</source>
      <translation>未保存：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="322" />
      <source>%1 saved the word lists at %2 since you opened them; nothing was saved. Reload to see their lists (your edits here are dropped), then make your change again.</source>
      <translation>你打开词库后，%1 于 %2 保存了词库；本次未保存。请重新加载以查看对方的词库（你在这里做的修改将被丢弃），然后重新修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="324" />
      <source>Someone</source>
      <translation>他人</translation>
    </message>
  </context>
  <context>
    <name>_Panel</name>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="98" />
      <source>Community Desk</source>
      <translation>社群运营工作台</translation>
    </message>
  </context>
  <context>
    <name>activities</name>
    <message>
      <location filename="../../app/views/activity_labels.py" line="11" />
      <source>Online</source>
      <translation>线上</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="12" />
      <source>Offline</source>
      <translation>线下</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="13" />
      <source>Online + offline</source>
      <translation>线上 + 线下</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="18" />
      <source>Check-in challenge</source>
      <translation>打卡挑战</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="19" />
      <source>Salon</source>
      <translation>沙龙</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="20" />
      <source>Live AMA</source>
      <translation>直播答疑</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="21" />
      <source>Contest</source>
      <translation>比赛</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="22" />
      <source>Debate</source>
      <translation>辩论</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="23" />
      <source>Giveaway</source>
      <translation>抽奖</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="24" />
      <source>Group run</source>
      <translation>团跑</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="27" />
      <source>Planning</source>
      <translation>策划中</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="28" />
      <source>Warming up</source>
      <translation>预热中</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="29" />
      <source>Running</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="30" />
      <source>Reviewing</source>
      <translation>复盘中</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="31" />
      <source>Closed</source>
      <translation>已结束</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="34" />
      <source>Warm-up online</source>
      <translation>线上预热</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="35" />
      <source>On the day</source>
      <translation>活动当天</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="36" />
      <source>Review online</source>
      <translation>线上复盘</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="39" />
      <source>Registered</source>
      <translation>已报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="40" />
      <source>Attended</source>
      <translation>已到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="41" />
      <source>No-show</source>
      <translation>未到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_labels.py" line="42" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
  </context>
  <context>
    <name>backups</name>
    <message>
      <location filename="../../app/services/backups.py" line="73" />
      <source>%1 is not an SQLite database</source>
      <translation>%1 不是 SQLite 数据库</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="75" />
      <source>%1 cannot be read: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="79" />
      <source>%1 cannot be opened: %2</source>
      <translation>无法打开 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="82" />
      <source>%1 is not a Community Desk database</source>
      <translation>%1 不是社群运营工作台数据库</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="85" />
      <source>%1 was written by a newer Community Desk (schema %2)</source>
      <translation>%1 由更新版本的社群运营工作台写入（文件格式版本 %2）</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="87" />
      <source>%1 is damaged (%2)</source>
      <translation>%1 已损坏（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="17" />
      <source>Daily (automatic)</source>
      <translation>每日（自动）</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="18" />
      <source>Backup now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="19" />
      <source>Before a restore</source>
      <translation>恢复前</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="20" />
      <source>Before an upgrade</source>
      <translation>升级前</translation>
    </message>
  </context>
  <context>
    <name>chat exports</name>
    <message>
      <location filename="../../app/services/chat_exports.py" line="73" />
      <source>line %1</source>
      <translation>第 %1 行</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="78" />
      <source>message %1</source>
      <translation>第 %1 条消息</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="79" />
      <source>chat %1 message %2</source>
      <translation>聊天 %1 的第 %2 条消息</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="84" />
      <source>missing %1</source>
      <translation>缺少 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="94" />
      <source>unknown time zone %1</source>
      <translation>未知的时区 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="165" />
      <source>text is neither UTF-8 nor GB18030</source>
      <translation>文本编码既不是 UTF-8 也不是 GB18030</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="181" />
      <source>bad CSV: %1</source>
      <translation>CSV 格式有误：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="289" />
      <source>JSON is not UTF-8</source>
      <translation>JSON 不是 UTF-8 编码</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="291" />
      <source>line %1 column %2</source>
      <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="292" />
      <source>bad JSON: %1</source>
      <translation>JSON 格式有误：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="316" />
      <source>JSON is neither a Telegram Desktop nor a DiscordChatExporter export</source>
      <translation>该 JSON 既不是 Telegram Desktop 导出文件，也不是 DiscordChatExporter 导出文件</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="332" />
      <source>not a recognised chat export (Telegram/Discord JSON, Discord/WeChat/activity CSV or QQ text)</source>
      <translation>无法识别的聊天记录导出（支持 Telegram/Discord JSON、Discord/微信/行为记录 CSV 或 QQ 文本）</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="412" />
      <source>Telegram export must be a JSON object</source>
      <translation>Telegram 导出文件必须是 JSON 对象</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="418" />
      <source>Telegram export has no 'messages' or 'chats.list'</source>
      <translation>Telegram 导出文件中没有 'messages' 或 'chats.list'</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="421" />
      <source>chat %1</source>
      <translation>聊天 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="423" />
      <source>Telegram chat needs 'id' and a 'messages' list</source>
      <translation>Telegram 聊天需要包含 'id' 和 'messages' 列表</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="554" />
      <source>DiscordChatExporter JSON needs guild, channel.id and messages</source>
      <translation>DiscordChatExporter JSON 需要包含 guild、channel.id 和 messages 字段</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="557" />
      <source>'messages' is not a list</source>
      <translation>messages 字段不是列表</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="615" />
      <source>expected header %1</source>
      <translation>表头应为 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="619" />
      <source>expected %1 columns, found %2</source>
      <translation>应有 %1 列，实际为 %2 列</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="625" />
      <source>%1 (pass date_format)</source>
      <translation>%1（请指定 date_format）</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="636" />
      <source>empty AuthorID</source>
      <translation>AuthorID 为空</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="672" />
      <source>WeChat CSV lacks columns %1</source>
      <translation>微信 CSV 缺少以下列：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="685" />
      <source>empty TalkerId or localId</source>
      <translation>TalkerId 或 localId 为空</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="687" />
      <source>unreadable Type %1</source>
      <translation>无法识别的 Type 值 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="691" />
      <source>unreadable CreateTime %1</source>
      <translation>无法识别的 CreateTime 值 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="742" />
      <source>QQ export has messages but no '消息对象:' line naming the chat</source>
      <translation>QQ 导出文件中有消息，但没有标明聊天对象的“消息对象:”行</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="756" />
      <source>message before the '消息对象:' line</source>
      <translation>消息出现在“消息对象:”行之前</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="843" />
      <source>duplicate column %1 (known columns: %2)</source>
      <translation>列 %1 重复（可识别的列：%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="844" />
      <source>unknown column %1 (known columns: %2)</source>
      <translation>无法识别的列 %1（可识别的列：%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="850" />
      <source>activity CSV needs time/时间, kind/类型 and handle/账号 or phone/手机 columns</source>
      <translation>行为记录 CSV 需要包含 time/时间 列、kind/类型 列，以及 handle/账号 或 phone/手机 列</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="883" />
      <source>no member handle or phone</source>
      <translation>没有成员账号或手机号</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="889" />
      <source>empty kind</source>
      <translation>类型（kind）为空</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="894" />
      <source>unreadable time %1</source>
      <translation>无法识别的时间 %1</translation>
    </message>
  </context>
  <context>
    <name>conflict</name>
    <message>
      <location filename="../../app/views/conflict.py" line="33" />
      <source>someone</source>
      <translation>其他人</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="46" />
      <source>Changed by someone else</source>
      <translation>已被他人修改</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="59" />
      <source>Keep theirs drops your edits. Take mine puts the fields you edited over their version and keeps their other changes. Merge takes, field by field, the version chosen in the last column.</source>
      <translation>“保留对方的”会放弃你的编辑。“使用我的”会用你编辑过的字段覆盖对方的版本，并保留对方的其他修改。“合并”会按最后一列的选择，逐个字段采用对应版本。</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="66" />
      <source>Theirs (%1)</source>
      <translation>对方的（%1）</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="66" />
      <source>Theirs</source>
      <translation>对方的</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="67" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="67" />
      <source>You started from</source>
      <translation>修改前</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="67" />
      <source>Mine</source>
      <translation>我的</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="68" />
      <source>Use</source>
      <translation>采用</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="78" />
      <source>Fields in red were changed by both of you: choose theirs or mine for each before you merge.</source>
      <translation>红色字段被你们双方都修改过：合并前请逐一选择采用对方的还是我的。</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="86" />
      <source>Keep theirs</source>
      <translation>保留对方的</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="87" />
      <source>Take mine</source>
      <translation>使用我的</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="88" />
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="117" />
      <source>Same</source>
      <translation>相同</translation>
    </message>
    <message>
      <location filename="../../app/views/conflict.py" line="131" />
      <source>Choose…</source>
      <translation>请选择…</translation>
    </message>
  </context>
  <context>
    <name>content</name>
    <message>
      <location filename="../../app/views/content_labels.py" line="12" />
      <source>Idea</source>
      <translation>选题</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="13" />
      <source>Drafting</source>
      <translation>撰写中</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="14" />
      <source>In review</source>
      <translation>审核中</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="15" />
      <source>Scheduled</source>
      <translation>已排期</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="16" />
      <source>Published</source>
      <translation>已发布</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="17" />
      <source>Reviewed</source>
      <translation>已复盘</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="23" />
      <source>Post</source>
      <translation>帖子</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="24" />
      <source>Article</source>
      <translation>文章</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="25" />
      <source>Poll</source>
      <translation>投票</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="26" />
      <source>Discussion topic</source>
      <translation>话题讨论</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="27" />
      <source>Live stream</source>
      <translation>直播</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="28" />
      <source>Video</source>
      <translation>视频</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="31" />
      <source>Brand story</source>
      <translation>品牌故事</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="32" />
      <source>Professional know-how</source>
      <translation>专业知识</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="33" />
      <source>Interaction &amp; UGC</source>
      <translation>互动与 UGC</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="36" />
      <source>Social event</source>
      <translation>社会热点</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="37" />
      <source>Industry news</source>
      <translation>行业资讯</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="38" />
      <source>Product update</source>
      <translation>产品动态</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="41" />
      <source>P1 · respond now</source>
      <translation>P1 · 立即响应</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="42" />
      <source>P2 · respond soon</source>
      <translation>P2 · 尽快响应</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="43" />
      <source>P3 · if there is room</source>
      <translation>P3 · 有余力再跟进</translation>
    </message>
    <message>
      <location filename="../../app/views/content_labels.py" line="44" />
      <source>Watch only</source>
      <translation>仅关注</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="65" />
      <source>%1 is %2</source>
      <translation>%1 正在进行：%2</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="70" />
      <source>%1 has the file open (perhaps saving a large change)</source>
      <translation>%1 正打开此文件（可能正在保存大量修改）</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="71" />
      <source>another program is using it (a backup or sync tool, perhaps)</source>
      <translation>另一个程序正在使用此文件（可能是备份或同步工具）</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="129" />
      <source>Not saved: you stopped the retries. Your edit is kept here; press Save to try again.</source>
      <translation>未保存：你已停止重试。修改仍保留在这里；点击“保存”可再次尝试。</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="168" />
      <source>Not saved: the community file is still busy after %1 seconds — %2. Your edit is kept here; press Save again when the file is free.</source>
      <translation>未保存：等待 %1 秒后社群文件仍被占用——%2。修改仍保留在这里；文件空闲后请再次点击“保存”。</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="173" />
      <source>Saving… the file is busy, retrying (%1)</source>
      <translation>正在保存… 文件被占用，正在重试（第 %1 次）</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../app/cli.py" line="366" />
      <source>there is no sub-community %1 (known: %2)</source>
      <translation>没有名为 %1 的子社群（现有：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="134" />
      <source>%1 must be a whole number of at least %2 (got %3)</source>
      <translation>%1 必须是不小于 %2 的整数（当前值：%3）</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="141" />
      <source>an activity needs a name</source>
      <translation>活动需要填写名称</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="143" />
      <source>unknown activity type %1 (known: %2)</source>
      <translation>未知的活动类型 %1（可选：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="145" />
      <source>an activity needs a format</source>
      <translation>活动需要填写形式</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="147" />
      <source>unknown status %1 (known: %2)</source>
      <translation>未知的状态 %1（可选：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="149" />
      <source>an activity needs a start time</source>
      <translation>活动需要填写开始时间</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="152" />
      <source>an activity needs a end time</source>
      <translation>活动需要填写结束时间</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="155" />
      <source>the activity ends before it starts</source>
      <translation>活动的结束时间早于开始时间</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="159" />
      <source>%1 must be whole fen (got %2)</source>
      <translation>%1 必须是以分为单位的整数（当前值：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="161" />
      <source>a budget cannot be negative</source>
      <translation>预算不能为负数</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="166" />
      <source>invited tiers are tier names</source>
      <translation>邀请等级必须是等级名称</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="184" />
      <source>activity #%1 no longer exists</source>
      <translation>活动 #%1 已不存在</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="211" />
      <source>activity #%1 was deleted</source>
      <translation>活动 #%1 已被删除</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="306" />
      <source>a task needs a title</source>
      <translation>任务需要填写标题</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="308" />
      <source>unknown phase %1 (known: %2)</source>
      <translation>未知的阶段 %1（可选：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="313" />
      <source>a due date is a day like 2027-01-31 (got %1)</source>
      <translation>截止日期应为日期格式，如 2027-01-31（当前值：%1）</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="364" />
      <source>a variant needs a label</source>
      <translation>方案需要填写名称</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="368" />
      <source>variant %1: %2 conversions out of an audience of %3</source>
      <translation>方案 %1：转化数 %2 超过了触达人数 %3</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="372" />
      <source>this activity already has a variant %1</source>
      <translation>此活动已有方案 %1</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="409" />
      <source>activity %1 was deleted</source>
      <translation>活动 %1 已被删除</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="418" />
      <source>unknown registration status %1</source>
      <translation>未知的报名状态 %1</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="426" />
      <source>no member #%1 (and %2 more)</source>
      <translation>找不到成员 #%1（另有 %2 位成员也找不到）</translation>
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="427" />
      <source>no member #%1</source>
      <translation>找不到成员 #%1</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="47" />
      <source>%1 is not a time: %2</source>
      <translation>%1 不是有效的时间：%2</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="49" />
      <source>%1 must be UTC text like 2027-01-31T08:00:00Z (got %2)</source>
      <translation>%1 必须是 UTC 时间文本，如 2027-01-31T08:00:00Z（当前值：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="100" />
      <source>a channel needs a name</source>
      <translation>渠道需要填写名称</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="104" />
      <source>channel %1: %2 must be a whole number of at least %3</source>
      <translation>渠道 %1：%2 必须是不小于 %3 的整数</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="108" />
      <source>channel %1: at least %2 a week cannot be more than at most %3</source>
      <translation>渠道 %1：每周最少发布数（%2）不能大于每周最多发布数（%3）</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="114" />
      <source>a pillar needs a name</source>
      <translation>内容支柱需要填写名称</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="116" />
      <source>a pillar's target share lies between 0% and 100%</source>
      <translation>内容支柱的目标占比须在 0% 到 100% 之间</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="123" />
      <source>%1 already exists</source>
      <translation>%1 已存在</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="194" />
      <source>a content item needs a title</source>
      <translation>内容需要填写标题</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="198" />
      <source>a content item needs a format</source>
      <translation>内容需要填写形式</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="200" />
      <source>the duration must be a positive number of minutes</source>
      <translation>时长必须是大于 0 的分钟数</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="204" />
      <source>%1 cannot be negative (got %2)</source>
      <translation>%1 不能为负数（当前值：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="210" />
      <source>a %1 item needs a date (items without one stay in the idea backlog)</source>
      <translation>状态为 %1 的内容需要设置日期（没有日期的内容留在选题库中）</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="233" />
      <source>content item #%1 no longer exists</source>
      <translation>内容 #%1 已不存在</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="267" />
      <source>content item #%1 was deleted</source>
      <translation>内容 #%1 已被删除</translation>
    </message>
    <message>
      <location filename="../../app/models/content.py" line="388" />
      <source>a series needs a title</source>
      <translation>系列需要填写标题</translation>
    </message>
    <message>
      <location filename="../../app/models/dashboard_settings.py" line="39" />
      <source>the time zone must be a name such as Asia/Shanghai</source>
      <translation>时区必须是时区名称，如 Asia/Shanghai</translation>
    </message>
    <message>
      <location filename="../../app/models/dashboard_settings.py" line="44" />
      <source>unknown time zone %1 (use a name such as Asia/Shanghai)</source>
      <translation>未知的时区 %1（请使用 Asia/Shanghai 这样的时区名称）</translation>
    </message>
    <message>
      <location filename="../../app/models/dashboard_settings.py" line="49" />
      <source>no target can be set on %1</source>
      <translation>无法为 %1 设置目标</translation>
    </message>
    <message>
      <location filename="../../app/models/dashboard_settings.py" line="54" />
      <source>the target for %1 must be a number of 0 or more</source>
      <translation>%1 的目标必须是不小于 0 的数字</translation>
    </message>
    <message>
      <location filename="../../app/models/dashboard_settings.py" line="56" />
      <source>the target for %1 is a share between 0 and 1 (0.45 = 45%)</source>
      <translation>%1 的目标是 0 到 1 之间的比例（0.45 即 45%）</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="92" />
      <source>%1 cannot be opened: %2</source>
      <translation>无法打开 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="115" />
      <source>%1 is locked by another program or a teammate's long write (an import, a recompute, a backup); wait for it to finish, or close it there, and try again</source>
      <translation>%1 正被其他程序占用，或有队友正在进行较长的写入（导入、重新计算、备份）；请等待其完成或在对方那里关闭文件，然后重试</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="118" />
      <source>%1 cannot be written (read-only file or folder)</source>
      <translation>无法写入 %1（文件或文件夹为只读）</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="120" />
      <source>%1 is damaged (%2); restore it from a backup</source>
      <translation>%1 已损坏（%2），请从备份恢复</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="121" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="137" />
      <source>%1 is a folder, not a database file</source>
      <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="140" />
      <source>%1 does not exist</source>
      <translation>%1 不存在</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="142" />
      <source>folder %1 does not exist</source>
      <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="144" />
      <source>folder %1 is read-only; cannot create %2 there</source>
      <translation>文件夹 %1 为只读，无法在其中创建 %2</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="147" />
      <source>%1 is not a regular file</source>
      <translation>%1 不是普通文件</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="155" />
      <source>%1 cannot be read: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="158" />
      <source>%1 is empty, not a Community Desk database</source>
      <translation>%1 是空文件，不是社群运营工作台数据库</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="160" />
      <source>%1 is read-only</source>
      <translation>%1 为只读</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="163" />
      <source>%1 is not a Community Desk database (not an SQLite file)</source>
      <translation>%1 不是社群运营工作台数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="166" />
      <source>%1 is an SQLite database of another program, not a Community Desk database</source>
      <translation>%1 是其他程序的 SQLite 数据库，不是社群运营工作台数据库</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="169" />
      <source>%1 was written by a newer Community Desk (schema %2, this version reads up to %3); update the app to open it</source>
      <translation>%1 由更新版本的社群运营工作台写入（文件格式版本 %2，当前版本最高只能读取 %3）；请更新应用后再打开</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="173" />
      <source>%1 is read-only; make it writable or copy it elsewhere</source>
      <translation>%1 为只读；请将其设为可写，或复制到其他位置</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="175" />
      <source>the folder of %1 is read-only (SQLite needs to write its journal there)</source>
      <translation>%1 所在的文件夹为只读（SQLite 需要在该文件夹中写入日志文件）</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="306" />
      <source>upgrading %1 to schema %2 failed: %3</source>
      <translation>将 %1 升级到文件格式版本 %2 失败：%3</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="501" />
      <source>%1 #%2 no longer exists</source>
      <translation>%1 #%2 已不存在</translation>
    </message>
    <message>
      <location filename="../../app/models/database.py" line="543" />
      <source>the backup of %1 failed its check (%2); the file may be damaged</source>
      <translation>%1 的备份未通过校验（%2），文件可能已损坏</translation>
    </message>
    <message>
      <location filename="../../app/models/errors.py" line="79" />
      <source>someone</source>
      <translation>他人</translation>
    </message>
    <message>
      <location filename="../../app/models/hot_topics.py" line="39" />
      <source>a hot topic needs a title</source>
      <translation>热点话题需要填写标题</translation>
    </message>
    <message>
      <location filename="../../app/models/hot_topics.py" line="41" />
      <source>unknown hot-topic type %1 (known: %2)</source>
      <translation>未知的热点话题类型 %1（可选：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/hot_topics.py" line="43" />
      <source>unknown hot-topic status %1</source>
      <translation>未知的热点话题状态 %1</translation>
    </message>
    <message>
      <location filename="../../app/models/hot_topics.py" line="47" />
      <source>%1 is scored 1 to 5 (got %2)</source>
      <translation>%1 的评分须为 1 到 5（当前值：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/hot_topics.py" line="49" />
      <source>a hot topic needs the time it was noted</source>
      <translation>热点话题需要填写记录时间</translation>
    </message>
    <message>
      <location filename="../../app/models/hot_topics.py" line="61" />
      <source>hot topic #%1 no longer exists</source>
      <translation>热点话题 #%1 已不存在</translation>
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="51" />
      <source>tier %1: unknown rule %2 (known: %3)</source>
      <translation>等级 %1：未知的规则 %2（可选：%3）</translation>
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="55" />
      <source>tier %1: rule %2 needs a whole number %3</source>
      <translation>等级 %1：规则 %2 的 %3 必须是整数</translation>
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="90" />
      <source>tier names must be non-empty and different</source>
      <translation>等级名称不能为空，且不能重复</translation>
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="109" />
      <source>a manual tier needs a reason</source>
      <translation>手动设置等级需要填写原因</translation>
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="111" />
      <source>unknown tier %1</source>
      <translation>未知的等级 %1</translation>
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="137" />
      <source>reward names must be non-empty and different</source>
      <translation>奖励名称不能为空，且不能重复</translation>
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="140" />
      <source>reward %1: the cost must be a positive whole number of points</source>
      <translation>奖励 %1：所需积分必须是正整数</translation>
    </message>
    <message>
      <location filename="../../app/models/members.py" line="63" />
      <source>member #%1 no longer exists</source>
      <translation>成员 #%1 已不存在</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="52" />
      <source>the %1 SLA must be a number of hours between 0 and 2160 (got %2)</source>
      <translation>%1 预警的处理时限（SLA）必须在 0 到 2160 小时之间（当前值：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="56" />
      <source>the credit move for %1 must be a whole number from -1000 to 1000 (got %2)</source>
      <translation>%1 的信用分变动必须是 -1000 到 1000 之间的整数（当前值：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="60" />
      <source>categories must be a non-empty list of names</source>
      <translation>类别必须是非空的名称列表</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="62" />
      <source>a category is listed twice</source>
      <translation>有类别重复列出</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="65" />
      <source>the default mute must be 1 to 3650 days (got %1)</source>
      <translation>默认禁言时长必须为 1 到 3650 天（当前值：%1）</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="86" />
      <source>a category needs a name</source>
      <translation>类别需要填写名称</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="157" />
      <source>word %1: unknown level %2</source>
      <translation>敏感词 %1：未知的预警等级 %2</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="159" />
      <source>word %1 has no letters, digits or category</source>
      <translation>敏感词 %1 不含字母或数字，或没有类别</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="224" />
      <source>a rule needs a number and a title</source>
      <translation>规则需要填写编号和标题</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="227" />
      <source>there is already a rule %1</source>
      <translation>已存在规则 %1</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="295" />
      <source>case #%1 no longer exists</source>
      <translation>工单 #%1 已不存在</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="339" />
      <source>unknown case source %1</source>
      <translation>未知的工单来源 %1</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="341" />
      <source>unknown alert level %1 (use red, yellow or blue)</source>
      <translation>未知的预警等级 %1（请使用 red、yellow 或 blue）</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="343" />
      <source>a case needs a category</source>
      <translation>工单需要选择类别</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="345" />
      <source>unknown category %1 (known: %2)</source>
      <translation>未知的类别 %1（可选：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="347" />
      <source>a case needs the message or content excerpt</source>
      <translation>工单需要填写消息或内容摘录</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="349" />
      <source>a case needs the member concerned</source>
      <translation>工单需要指定涉及成员</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="351" />
      <source>the member concerned (member #%1) is not in the roster</source>
      <translation>涉及成员（成员 #%1）不在成员名单中</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="353" />
      <source>the reporter (member #%1) is not in the roster</source>
      <translation>举报人（成员 #%1）不在成员名单中</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="355" />
      <source>a member cannot report themselves</source>
      <translation>成员不能举报自己</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="358" />
      <source>the rule cited no longer exists</source>
      <translation>引用的规则已不存在</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="363" />
      <source>the message time is not a time: %1</source>
      <translation>消息时间不是有效的时间：%1</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="451" />
      <source>case #%1 is already decided</source>
      <translation>工单 #%1 已处理</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="458" />
      <source>unknown action %1 (known: %2)</source>
      <translation>未知的处理方式 %1（可选：%2）</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="462" />
      <source>a mute needs a number of days (1 or more)</source>
      <translation>禁言需要设置天数（至少 1 天）</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="486" />
      <source>case #%1 is %2, not open for a decision</source>
      <translation>工单 #%1 的状态为 %2，不能处理</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="526" />
      <source>only a resolved case can be appealed (case #%1 is %2)</source>
      <translation>只有已解决的工单才能申诉（工单 #%1 的状态为 %2）</translation>
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="543" />
      <source>case #%1 is not appealed</source>
      <translation>工单 #%1 没有申诉</translation>
    </message>
    <message>
      <location filename="../../app/services/ab_test.py" line="47" />
      <source>variant %1: audience and conversions are whole numbers of at least 0 (got %2)</source>
      <translation>方案 %1：触达人数和转化数必须是不小于 0 的整数（当前值：%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/ab_test.py" line="50" />
      <source>variant %1 has no audience yet: record how many people it reached first</source>
      <translation>方案 %1 还没有触达人数：请先记录它触达了多少人</translation>
    </message>
    <message>
      <location filename="../../app/services/ab_test.py" line="59" />
      <source>a confidence level is between 0 and 1, such as 0.95 (got %1)</source>
      <translation>置信水平须在 0 到 1 之间，如 0.95（当前值：%1）</translation>
    </message>
    <message>
      <location filename="../../app/services/activity_export.py" line="81" />
      <source>cannot export activities to %1: choose a .xlsx file</source>
      <translation>无法将活动导出到 %1：请选择 .xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../app/services/activity_export.py" line="83" />
      <source>the range starts (%1) after it ends (%2)</source>
      <translation>时间范围的开始（%1）晚于结束（%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="121" />
      <source>%1 is the open community file; choose another file for the backup</source>
      <translation>%1 是当前打开的社群文件，请为备份另选一个文件</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="123" />
      <source>%1 is a folder; choose a file name for the backup</source>
      <translation>%1 是文件夹，请为备份指定文件名</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="127" />
      <source>cannot create the backup folder %1: %2</source>
      <translation>无法创建备份文件夹 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="132" />
      <source>the backup to %1 failed: %2</source>
      <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="134" />
      <source>the backup to %1 could not be written: %2</source>
      <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="158" />
      <source>%1 is the open community file itself; choose a backup</source>
      <translation>%1 就是当前打开的社群文件，请选择一个备份</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="161" />
      <source>cannot restore from %1: %2</source>
      <translation>无法从 %1 恢复：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="163" />
      <source>%1 is open read-only (%2); use replace_damaged</source>
      <translation>%1 以只读方式打开（%2）；请使用 replace_damaged</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="195" />
      <source>cannot replace %1 (is it open on another computer?): %2</source>
      <translation>无法替换 %1（是否在另一台电脑上打开了？）：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="218" />
      <source>teammates kept writing to the file; the restore changed nothing. Try again</source>
      <translation>队友一直在写入该文件，本次恢复未做任何更改。请重试</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="68" />
      <source>%1: %2: %3</source>
      <translation>%1：%2：%3</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="106" />
      <source>not epoch seconds: %1</source>
      <translation>不是 Unix 时间戳（秒）：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="172" />
      <source>%1: cannot read file: %2</source>
      <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="385" />
      <source>%1: unknown format %2 (expected one of %3)</source>
      <translation>%1：未知的格式 %2（应为以下之一：%3）</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="477" />
      <source>unreadable text part %1</source>
      <translation>无法读取的文本片段 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="479" />
      <source>unreadable text %1</source>
      <translation>无法识别的文本 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="495" />
      <source>message is not an object</source>
      <translation>消息不是 JSON 对象</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="519" />
      <source>'members' is not a list</source>
      <translation>members 字段不是列表</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="597" />
      <source>line %1: unreadable time %2</source>
      <translation>第 %1 行：无法识别的时间 %2</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="828" />
      <source>unreadable amount %1 (yuan with at most 2 decimals)</source>
      <translation>无法识别的金额 %1（应以元为单位，最多 2 位小数）</translation>
    </message>
    <message>
      <location filename="../../app/services/chat_exports.py" line="832" />
      <source>unreadable amount %1</source>
      <translation>无法识别的金额 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/checkin_import.py" line="448" />
      <source>a list is a registration list or a check-in list, not %1</source>
      <translation>名单只能是报名名单或签到名单，不能是 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/checkin_import.py" line="452" />
      <source>“%1” still needs a decision: a member, a new member or skip</source>
      <translation>“%1”尚未处理：请选择对应的成员、新建成员或跳过</translation>
    </message>
    <message>
      <location filename="../../app/services/checkin_import.py" line="526" />
      <source>member #%1 was deleted or no longer exists; match the list again</source>
      <translation>成员 #%1 已被删除或不存在，请重新匹配名单</translation>
    </message>
    <message>
      <location filename="../../app/services/checkin_import.py" line="528" />
      <source>member #%1 was deleted or no longer exists; match the list again (%2 members are gone)</source>
      <translation>成员 #%1 已被删除或不存在，请重新匹配名单（共有 %2 名成员已不存在）</translation>
    </message>
    <message>
      <location filename="../../app/services/content_export.py" line="72" />
      <source>cannot export the content calendar to %1: choose a .ics or .xlsx file</source>
      <translation>无法将内容日历导出到 %1：请选择 .ics 或 .xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard.py" line="128" />
      <source>the period starts (%1) after it ends (%2)</source>
      <translation>统计周期的开始日期（%1）晚于结束日期（%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard.py" line="130" />
      <source>a period can be at most %1 days long (%2 asked)</source>
      <translation>统计周期最长为 %1 天（当前为 %2 天）</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_periods.py" line="26" />
      <source>choose the first and the last day of the range</source>
      <translation>请选择范围的起止日期</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_periods.py" line="28" />
      <source>the range starts on %1 after it ends on %2</source>
      <translation>范围的开始日期 %1 晚于结束日期 %2</translation>
    </message>
    <message>
      <location filename="../../app/services/dashboard_periods.py" line="30" />
      <source>the range is longer than %1 days; choose a shorter one</source>
      <translation>范围超过 %1 天，请选择更短的范围</translation>
    </message>
    <message>
      <location filename="../../app/services/demo.py" line="62" />
      <source>the demo needs at least one member</source>
      <translation>演示社群至少需要一名成员</translation>
    </message>
    <message>
      <location filename="../../app/services/demo.py" line="65" />
      <source>%1 already holds %2 members; the demo needs an empty file</source>
      <translation>%1 中已有 %2 名成员；演示社群需要使用空文件</translation>
    </message>
    <message>
      <location filename="../../app/services/demo_activities.py" line="410" />
      <source>%1 already holds activities; the demo activities need a file without any</source>
      <translation>%1 中已有活动；演示活动只能添加到没有任何活动的文件中</translation>
    </message>
    <message>
      <location filename="../../app/services/demo_activities.py" line="413" />
      <source>%1 already holds the demo activity; add the demo activities before it</source>
      <translation>%1 中已有演示行为数据；请先添加演示活动，再添加演示行为数据</translation>
    </message>
    <message>
      <location filename="../../app/services/demo_activities.py" line="416" />
      <source>%1 holds no members; the demo activities need the demo roster first</source>
      <translation>%1 中没有成员；请先生成演示成员名单，再添加演示活动</translation>
    </message>
    <message>
      <location filename="../../app/services/demo_activity.py" line="285" />
      <source>demo activity needs at least one day</source>
      <translation>演示行为数据至少需要一天</translation>
    </message>
    <message>
      <location filename="../../app/services/demo_activity.py" line="288" />
      <source>%1 already holds the demo activity</source>
      <translation>%1 中已有演示行为数据</translation>
    </message>
    <message>
      <location filename="../../app/services/demo_activity.py" line="292" />
      <source>%1 holds no members; demo activity needs the demo roster first</source>
      <translation>%1 中没有成员；请先生成演示成员名单，再添加演示行为数据</translation>
    </message>
    <message>
      <location filename="../../app/services/event_import.py" line="187" />
      <source>unknown format %1; choose one of %2</source>
      <translation>未知格式 %1，请从以下格式中选择：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/fields.py" line="54" />
      <source>unreadable date: %1</source>
      <translation>无法识别的日期：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/fields.py" line="91" />
      <source>date does not exist: %1</source>
      <translation>日期不存在：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/fields.py" line="100" />
      <source>date does not exist: Excel serial 60 is the fictitious 1900-02-29</source>
      <translation>日期不存在：Excel 序列号 60 对应的是实际并不存在的 1900-02-29</translation>
    </message>
    <message>
      <location filename="../../app/services/fields.py" line="102" />
      <source>unreadable date: %1 is outside Excel's date range</source>
      <translation>无法识别的日期：%1 超出了 Excel 的日期范围</translation>
    </message>
    <message>
      <location filename="../../app/services/fields.py" line="126" />
      <source>phone number was mangled by Excel into scientific notation: %1</source>
      <translation>手机号被 Excel 转成了科学计数法：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/fields.py" line="131" />
      <source>not a valid phone number: %1</source>
      <translation>不是有效的手机号：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/fields.py" line="180" />
      <source>not an email address: %1</source>
      <translation>不是有效的邮箱地址：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="105" />
      <source>change #%1 is not in the changes log</source>
      <translation>变更日志中没有修改 #%1</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="569" />
      <source>%1 #%2 no longer exists; its old values cannot be restored</source>
      <translation>%1 #%2 已不存在，无法恢复其旧值</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="575" />
      <source>%1 #%2 is deleted; undelete it before restoring its old values</source>
      <translation>%1 #%2 已被删除，请先撤销删除，再恢复其旧值</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="580" />
      <source>%1 #%2 already holds that value; nothing to restore</source>
      <translation>%1 #%2 当前已是该值，无需恢复</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="581" />
      <source>%1 #%2 already holds those values; nothing to restore</source>
      <translation>%1 #%2 当前已是这些值，无需恢复</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="586" />
      <source>the old value of %1 #%2 clashes with another record now (%3)</source>
      <translation>%1 #%2 的旧值现在与另一条记录冲突（%3）</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="596" />
      <source>changes to %1 cannot be restored: only edits of members, content items, activities, cases, settings and their lists can</source>
      <translation>%1 的修改无法恢复：只能恢复对成员、内容、活动、工单、设置及其列表的编辑</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="599" />
      <source>change #%1 is not about one record (an import, a recompute or a bulk job); it cannot be restored</source>
      <translation>修改 #%1 不针对单条记录（如导入、重新计算或批量操作），无法恢复</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="602" />
      <source>change #%1 changed the registration list, not the %2; change the list itself instead</source>
      <translation>修改 #%1 改动的是报名名单，而非%2本身；请直接修改名单</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="610" />
      <source>change #%1 created the record; there is no earlier value to restore</source>
      <translation>修改 #%1 新建了该记录，没有可恢复的旧值</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="615" />
      <source>change #%1 has no earlier value of %2</source>
      <translation>修改 #%1 中没有 %2 的旧值</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="617" />
      <source>%1 of change #%2 cannot be restored here (it is set by another step, such as a decision or a bulk job)</source>
      <translation>无法在此恢复修改 #%2 中的 %1（该值由其他步骤设置，如处理结果或批量操作）</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="623" />
      <source>change #%1 has no earlier value that can be restored</source>
      <translation>修改 #%1 没有可恢复的旧值</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="631" />
      <source>the settings change #%1 wrote no longer exist; they cannot be restored</source>
      <translation>修改 #%1 写入的设置已不存在，无法恢复</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="635" />
      <source>the %1 settings already hold that value; nothing to restore</source>
      <translation>%1 设置当前已是该值，无需恢复</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="636" />
      <source>the %1 settings already hold those values; nothing to restore</source>
      <translation>%1 设置当前已是这些值，无需恢复</translation>
    </message>
    <message>
      <location filename="../../app/services/hot_topics.py" line="76" />
      <source>hot topic %1: the time it was noted is not a time (%2)</source>
      <translation>热点话题 %1：记录时间不是有效的时间（%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/hot_topics.py" line="177" />
      <source>hot topic %1 was deleted</source>
      <translation>热点话题 %1 已被删除</translation>
    </message>
    <message>
      <location filename="../../app/services/kol.py" line="33" />
      <source>a month is written YYYY-MM (e.g. 2024-03), not %1</source>
      <translation>月份应写作 YYYY-MM（如 2024-03），而不是 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/kol.py" line="76" />
      <source>member #%1 does not exist</source>
      <translation>成员 #%1 不存在</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="190" />
      <source>points must be a positive whole number, not %1</source>
      <translation>积分必须是正整数，而不是 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="209" />
      <source>member #%1 has %2 points; cannot spend %3</source>
      <translation>成员 #%1 只有 %2 积分，无法消耗 %3 积分</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="219" />
      <source>unknown reward %1</source>
      <translation>未知奖励 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="226" />
      <source>a correction needs a non-zero whole number of points</source>
      <translation>调整的积分必须是非零整数</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="228" />
      <source>a correction needs a reason</source>
      <translation>调整需要填写原因</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="233" />
      <source>member #%1 has %2 points; a correction of %3 would make it negative</source>
      <translation>成员 #%1 有 %2 积分，调整 %3 积分后余额将为负数</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="573" />
      <source>describe the recall action</source>
      <translation>请填写召回方式</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="578" />
      <source>member #%1 is not flagged at risk</source>
      <translation>成员 #%1 当前没有流失预警</translation>
    </message>
    <message>
      <location filename="../../app/services/member_export.py" line="53" />
      <source>cannot export to %1: choose a .xlsx or .csv file</source>
      <translation>无法导出到 %1：请选择 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
      <location filename="../../app/services/member_import.py" line="115" />
      <source>unknown status: %1</source>
      <translation>未知状态：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/member_import.py" line="124" />
      <source>unknown role: %1</source>
      <translation>未知角色：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/member_import.py" line="201" />
      <source>no name or nickname</source>
      <translation>没有姓名或昵称</translation>
    </message>
    <message>
      <location filename="../../app/services/member_import.py" line="319" />
      <source>%1: no column holds names or nicknames (headers: %2)</source>
      <translation>%1：没有包含姓名或昵称的列（表头：%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/member_import.py" line="324" />
      <source>more than one column is mapped to %1</source>
      <translation>有多列对应到了 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/metrics.py" line="75" />
      <source>--from %1 is after --to %2</source>
      <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="85" />
      <source>cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="88" />
      <source>%1 needs the columns word and level (and category); found: %2</source>
      <translation>%1 需要包含 word 和 level 列（以及 category 列）；实际找到的列：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="141" />
      <source>1 bad row in %1, nothing imported: %2</source>
      <translation>%1 中有 1 行有误，未导入任何内容：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="142" />
      <source>%1 bad rows in %2, nothing imported: %3</source>
      <translation>%2 中有 %1 行有误，未导入任何内容：%3</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="144" />
      <source>%1 has no words</source>
      <translation>%1 中没有词条</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="48" />
      <source>unknown repeat %1 (known: %2)</source>
      <translation>未知的重复方式 %1（可用：%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="50" />
      <source>a recurring series needs a first day</source>
      <translation>定期系列需要设置开始日期</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="52" />
      <source>a recurring series needs a local time of day</source>
      <translation>定期系列需要设置具体时间（当地时间）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="54" />
      <source>repeat every 1 %1 or more (got %2)</source>
      <translation>重复间隔至少为 1 %1（当前为 %2）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="57" />
      <source>a weekday is 0 (Monday) to 6 (Sunday), not %1</source>
      <translation>星期几应为 0（周一）到 6（周日），而不是 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="60" />
      <source>a day of the month is 1 to 31, not %1</source>
      <translation>每月的日期应为 1 到 31，而不是 %1</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="62" />
      <source>a recurring series needs an end date or a number of dates (it cannot repeat forever)</source>
      <translation>定期系列需要设置结束日期或重复次数（不能无限重复）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="64" />
      <source>the end of a recurring series is a day</source>
      <translation>定期系列的结束时间必须是一个日期</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="66" />
      <source>the series ends (%1) before it starts (%2)</source>
      <translation>系列的结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="68" />
      <source>a recurring series needs at least 1 date (got %1)</source>
      <translation>定期系列至少需要重复 1 次（当前为 %1）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="96" />
      <source>the stored recurrence rule cannot be read (%1)</source>
      <translation>无法读取已保存的重复规则（%1）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="173" />
      <source>this series gives no dates: %1 (none of its months has a day %2)</source>
      <translation>此系列没有生成任何日期：%1（所涉及的月份都没有 %2 日）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="175" />
      <source>this series gives no dates: %1 (none of its days falls in that period)</source>
      <translation>此系列没有生成任何日期：%1（没有一天落在该时间范围内）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="178" />
      <source>this series would create %1 items; at most %2 at once</source>
      <translation>此系列将创建 %1 条内容，一次最多只能创建 %2 条</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="179" />
      <source>this series would create more than %1 items; at most %1 at once</source>
      <translation>此系列将创建超过 %1 条内容，一次最多只能创建 %1 条</translation>
    </message>
    <message>
      <location filename="../../app/services/report_build.py" line="92" />
      <source>cannot write the report to %1: choose a .xlsx file</source>
      <translation>无法将报告写入 %1：请选择 .xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../app/services/report_build.py" line="94" />
      <source>unknown report language %1 (use %2)</source>
      <translation>未知的报告语言 %1（请使用 %2）</translation>
    </message>
    <message>
      <location filename="../../app/services/report_build.py" line="98" />
      <source>the period is longer than %1 days; choose a shorter one</source>
      <translation>统计周期超过 %1 天，请选择更短的周期</translation>
    </message>
    <message>
      <location filename="../../app/services/report_build.py" line="101" />
      <source>there is no sub-community with id %1</source>
      <translation>不存在 ID 为 %1 的子社群</translation>
    </message>
    <message>
      <location filename="../../app/services/safe_export.py" line="101" />
      <source>could not write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/safe_export.py" line="117" />
      <source>the folder %1 does not exist</source>
      <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
      <location filename="../../app/services/safe_export.py" line="119" />
      <source>no permission to write in %1; choose another folder</source>
      <translation>没有在 %1 中写入的权限，请选择其他文件夹</translation>
    </message>
    <message>
      <location filename="../../app/services/safe_export.py" line="137" />
      <source>%1 is open in another program (Excel/WPS?); close it or choose another name</source>
      <translation>%1 已在其他程序（Excel/WPS？）中打开，请先关闭，或换一个文件名</translation>
    </message>
    <message>
      <location filename="../../app/services/safe_export.py" line="140" />
      <source>%1 is a folder; choose another name</source>
      <translation>%1 是一个文件夹，请换一个文件名</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="138" />
      <source>%1 has no header row (the file is empty)</source>
      <translation>%1 没有表头行（文件为空）</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="160" />
      <source>%1 is an old .xls or password-protected workbook; save it as .xlsx or CSV (UTF-8) and try again</source>
      <translation>%1 是旧版 .xls 或受密码保护的工作簿，请另存为 .xlsx 或 CSV（UTF-8）后重试</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="174" />
      <source>cannot open %1: %2</source>
      <translation>无法打开 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="228" />
      <source>%1 is empty</source>
      <translation>%1 为空</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="252" />
      <source>unknown text encoding: %1</source>
      <translation>未知的文本编码：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="283" />
      <source>%1 cannot be read as %2: invalid bytes %3 at byte offset %4 (line %5); choose another encoding</source>
      <translation>无法以 %2 编码读取 %1：字节偏移 %4（第 %5 行）处的字节无效（%3），请选择其他编码</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="330" />
      <source>%1: unreadable CSV at line %2: %3</source>
      <translation>%1：第 %2 行的 CSV 无法读取：%3</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="332" />
      <source>%1 changed while reading or is not %2 (after record %3)</source>
      <translation>%1 在读取过程中被修改，或不是 %2 编码（第 %3 条记录之后）</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="346" />
      <source>%1 has too many parts (%2) to be a normal .xlsx file</source>
      <translation>%1 包含的部件过多（%2 个），不是正常的 .xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="349" />
      <source>%1 would unpack to %2 MB, more than the %3 MB limit</source>
      <translation>%1 解压后将达 %2 MB，超过 %3 MB 的上限</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="353" />
      <source>%1 looks like a zip bomb (%2 is compressed more than %3:1); refusing to open it</source>
      <translation>%1 疑似压缩炸弹（%2 的压缩比超过 %3:1），已拒绝打开</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="356" />
      <source>%1 is not an .xlsx file</source>
      <translation>%1 不是 .xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="385" />
      <source>%1 has no worksheets</source>
      <translation>%1 中没有工作表</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="389" />
      <source>%1 has no sheet named %2 (sheets: %3)</source>
      <translation>%1 中没有名为 %2 的工作表（现有工作表：%3）</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="397" />
      <source>refusing to open .xlsx files: the defusedxml package is not installed, so hostile XML could not be blocked</source>
      <translation>已拒绝打开 .xlsx 文件：未安装 defusedxml 包，无法拦截恶意 XML</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" line="430" />
      <source>%1 is damaged or not a normal .xlsx file (%2)</source>
      <translation>%1 已损坏或不是正常的 .xlsx 文件（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/view_export.py" line="120" />
      <source>%1</source>
      <translation>%1</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <location filename="../../app/services/history.py" line="377" />
      <source>record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="394" />
      <source>member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="420" />
      <source>content item</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="448" />
      <source>activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/services/history.py" line="466" />
      <source>case</source>
      <translation>工单</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="21" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="22" />
      <source>Content item</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="23" />
      <source>Activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="24" />
      <source>Moderation case</source>
      <translation>审核工单</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="25" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="26" />
      <source>Sub-community</source>
      <translation>子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="27" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="28" />
      <source>Pillar</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="29" />
      <source>Recurring series</source>
      <translation>定期系列</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="30" />
      <source>Hot topic</source>
      <translation>热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="31" />
      <source>Activity task</source>
      <translation>活动任务</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="32" />
      <source>A/B variant</source>
      <translation>A/B 方案</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="33" />
      <source>Community rule</source>
      <translation>社群规则</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="34" />
      <source>Sensitive word</source>
      <translation>敏感词</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="35" />
      <source>Allowed phrase</source>
      <translation>白名单短语</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="36" />
      <source>Tier ladder</source>
      <translation>等级体系</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="37" />
      <source>Member tier</source>
      <translation>成员等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="38" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="39" />
      <source>Churn flag</source>
      <translation>流失预警</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="40" />
      <source>KOL cohort</source>
      <translation>KOL 名单</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="41" />
      <source>Activity data</source>
      <translation>行为记录</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="42" />
      <source>Lifecycle recompute</source>
      <translation>生命周期重新计算</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="43" />
      <source>Report</source>
      <translation>运营报告</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="44" />
      <source>File format</source>
      <translation>文件格式</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="47" />
      <source>Created</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="48" />
      <source>Edited</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="49" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="50" />
      <source>Restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="51" />
      <source>Bulk change</source>
      <translation>批量修改</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="52" />
      <source>Imported</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="53" />
      <source>Rescheduled</source>
      <translation>改期</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="54" />
      <source>Status changed</source>
      <translation>更改状态</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="55" />
      <source>Results recorded</source>
      <translation>录入效果数据</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="56" />
      <source>Registered</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="57" />
      <source>Registration removed</source>
      <translation>取消报名</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="58" />
      <source>Attendance</source>
      <translation>到场登记</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="59" />
      <source>Conversion</source>
      <translation>转化</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="60" />
      <source>Claimed</source>
      <translation>认领</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="61" />
      <source>Decided</source>
      <translation>处理</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="62" />
      <source>Dismissed</source>
      <translation>驳回</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="63" />
      <source>Appealed</source>
      <translation>申诉</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="64" />
      <source>Appeal upheld</source>
      <translation>申诉：维持原处理</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="65" />
      <source>Appeal overturned</source>
      <translation>申诉：改判</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="66" />
      <source>Role changed</source>
      <translation>更改角色</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="67" />
      <source>Recomputed</source>
      <translation>重新计算</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="68" />
      <source>Upgraded</source>
      <translation>文件升级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="69" />
      <source>Demo data</source>
      <translation>演示数据</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="70" />
      <source>Responded</source>
      <translation>回应</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="71" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="72" />
      <source>Reopened</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="73" />
      <source>Scanned</source>
      <translation>扫描</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="74" />
      <source>Tier set by hand</source>
      <translation>手动设置等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="75" />
      <source>Tier override cleared</source>
      <translation>清除手动等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="76" />
      <source>Points earned</source>
      <translation>获得积分</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="77" />
      <source>Points spent</source>
      <translation>消耗积分</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="78" />
      <source>Points corrected</source>
      <translation>更正积分</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="81" />
      <source>Moderation settings</source>
      <translation>审核设置</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="82" />
      <source>Content settings</source>
      <translation>内容设置</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="83" />
      <source>Lifecycle settings</source>
      <translation>生命周期设置</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="84" />
      <source>Dashboard targets</source>
      <translation>数据看板目标</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="87" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="88" />
      <source>Body</source>
      <translation>正文</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="89" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="93" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="94" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="95" />
      <source>Planned for</source>
      <translation>计划时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="96" />
      <source>Published at</source>
      <translation>发布时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="97" />
      <source>Duration</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="98" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="99" />
      <source>Deleted at</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="100" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="101" />
      <source>Starts</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="102" />
      <source>Ends</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="103" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="104" />
      <source>Link</source>
      <translation>链接</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="105" />
      <source>Capacity</source>
      <translation>名额</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="106" />
      <source>Planned budget</source>
      <translation>计划预算</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="107" />
      <source>Actual spend</source>
      <translation>实际花费</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="108" />
      <source>Invited tiers</source>
      <translation>邀请等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="109" />
      <source>Review</source>
      <translation>复盘</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="110" />
      <source>Excerpt</source>
      <translation>内容摘录</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="111" />
      <source>Level</source>
      <translation>预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="112" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="113" />
      <source>Assignee</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="115" />
      <source>Reporter</source>
      <translation>举报人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="116" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="117" />
      <source>Action</source>
      <translation>处理方式</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="118" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="119" />
      <source>Custom fields</source>
      <translation>自定义字段</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="146" />
      <source>Changed</source>
      <translation>已修改</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="188" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="188" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="212" />
      <source>%1 more</source>
      <translation>另有 %1 项</translation>
    </message>
  </context>
  <context>
    <name>hot topics</name>
    <message>
      <location filename="../../app/services/hot_topics.py" line="56" />
      <source>no brand relevance</source>
      <translation>与品牌无关</translation>
    </message>
    <message>
      <location filename="../../app/services/hot_topics.py" line="58" />
      <source>social event with low brand relevance</source>
      <translation>社会事件，品牌相关度低</translation>
    </message>
    <message>
      <location filename="../../app/services/hot_topics.py" line="62" />
      <source>our own product update (score %1)</source>
      <translation>自家产品动态（评分 %1）</translation>
    </message>
    <message>
      <location filename="../../app/services/hot_topics.py" line="63" />
      <source>score %1</source>
      <translation>评分 %1</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../app/views/checkin_review_model.py" line="161" />
      <source>member #%1</source>
      <translation>成员 #%1</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="15" />
      <source>Active</source>
      <translation>活跃</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="16" />
      <source>Silent</source>
      <translation>沉默</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="17" />
      <source>At risk</source>
      <translation>流失风险</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="18" />
      <source>Left</source>
      <translation>已退群</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="19" />
      <source>Banned</source>
      <translation>已封禁</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="25" />
      <source>WAL</source>
      <translation>WAL</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="26" />
      <source>rollback journal</source>
      <translation>回滚日志</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="27" />
      <source>local disk</source>
      <translation>本地磁盘</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="28" />
      <source>network share</source>
      <translation>网络共享</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="29" />
      <source>synced folder</source>
      <translation>同步文件夹</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="36" />
      <source>Champions</source>
      <translation>核心成员</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="37" />
      <source>Loyal</source>
      <translation>忠实成员</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="38" />
      <source>Potential</source>
      <translation>潜力成员</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="39" />
      <source>New</source>
      <translation>新成员</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="41" />
      <source>Hibernating</source>
      <translation>沉睡成员</translation>
    </message>
    <message>
      <location filename="../../app/views/labels.py" line="42" />
      <source>Lost</source>
      <translation>已流失</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="34" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="35" />
      <source>QQ</source>
      <translation>QQ</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="36" />
      <source>Telegram</source>
      <translation>Telegram</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="37" />
      <source>Discord</source>
      <translation>Discord</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="38" />
      <source>Forum</source>
      <translation>论坛</translation>
    </message>
    <message>
      <location filename="../../app/views/member_dialog.py" line="39" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="57" />
      <source>KOL</source>
      <translation>KOL</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="58" />
      <source>KOC</source>
      <translation>KOC</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="59" />
      <source>Seed member</source>
      <translation>种子成员</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="60" />
      <source>Admin</source>
      <translation>超级管理员</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="61" />
      <source>Moderator</source>
      <translation>管理员</translation>
    </message>
  </context>
  <context>
    <name>lifecycle reasons</name>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="18" />
      <source>silent for %1 days</source>
      <translation>已沉默 %1 天</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="19" />
      <source>%1 actions in the last %2 days, below %3 of the usual %4</source>
      <translation>近 %2 天行为 %1 次，低于平时 %4 次的 %3</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="20" />
      <source>at risk</source>
      <translation>流失风险</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="22" />
      <source>manual: %1 (by %2)</source>
      <translation>手动设置：%1（操作人：%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="23" />
      <source>promoted: %1 has no rules</source>
      <translation>升级：%1 未设规则</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="24" />
      <source>promoted: %1</source>
      <translation>升级：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="25" />
      <source>demoted after %1 days' grace: %2</source>
      <translation>宽限 %1 天后降级：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="26" />
      <source>%1 %2 ≥ %3</source>
      <translation>%1 %2 ≥ %3</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="27" />
      <source>%1 %2 &lt; %3</source>
      <translation>%1 %2 &lt; %3</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="30" />
      <source>reward: %1</source>
      <translation>奖励：%1</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="31" />
      <source>events #%1–#%2: %3</source>
      <translation>行为记录 #%1–#%2：%3</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="32" />
      <source>%1 ×%2</source>
      <translation>%1 ×%2</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="34" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="37" />
      <source>messages in the last %1 days</source>
      <translation>近 %1 天发言数</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="38" />
      <source>original posts in the last %1 days</source>
      <translation>近 %1 天原创帖子数</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="39" />
      <source>events attended</source>
      <translation>参加活动次数</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="40" />
      <source>points balance</source>
      <translation>积分余额</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="41" />
      <source>RFM score (R+F+M, 3-15)</source>
      <translation>RFM 评分（R+F+M，3-15）</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="42" />
      <source>days since joining</source>
      <translation>入群天数</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="46" />
      <source>message</source>
      <translation>发言</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="47" />
      <source>check-in</source>
      <translation>签到</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="48" />
      <source>attendance</source>
      <translation>参加活动</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="49" />
      <source>purchase</source>
      <translation>购买</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="53" />
      <source>champions</source>
      <translation>核心成员</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="54" />
      <source>loyal</source>
      <translation>忠实成员</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="55" />
      <source>potential</source>
      <translation>潜力成员</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="56" />
      <source>new</source>
      <translation>新成员</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="58" />
      <source>hibernating</source>
      <translation>沉睡成员</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="59" />
      <source>lost</source>
      <translation>已流失</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle_texts.py" line="61" />
      <source>none</source>
      <translation>无</translation>
    </message>
  </context>
  <context>
    <name>lifecycle recompute</name>
    <message>
      <location filename="../../app/services/lifecycle.py" line="69" />
      <source>%1 %2</source>
      <translation>%1 %2 人</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="692" />
      <source>tiers: %1 promoted, %2 demoted, %3 pending demotion, %4 set by override</source>
      <translation>等级：升级 %1 人，降级 %2 人，待降级 %3 人，手动设置 %4 人</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="694" />
      <source>tiers: no tier ladder configured</source>
      <translation>等级：尚未设置等级体系</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="695" />
      <source>points: %1 awards, %2 points earned from %3 events</source>
      <translation>积分：发放 %1 笔，从 %3 条行为记录中共获得 %2 积分</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="697" />
      <source>rfm: %1 members scored (%2)</source>
      <translation>RFM：已评分 %1 人（%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="700" />
      <source>churn: %1 newly flagged, %2 open, %3 cleared, %4 returned after recall, %5 did not</source>
      <translation>流失预警：新增 %1 人，未解除 %2 人，已解除 %3 人，召回后回归 %4 人，未回归 %5 人</translation>
    </message>
  </context>
  <context>
    <name>member import</name>
    <message>
      <location filename="../../app/services/member_import.py" line="212" />
      <source>%1: %2 %3 differs from %4; kept %4</source>
      <translation>%1：%2 为 %3，与 %4 不一致，已保留 %4</translation>
    </message>
    <message>
      <location filename="../../app/services/member_import.py" line="223" />
      <source>row %1 (same person as row %2)</source>
      <translation>第 %1 行（与第 %2 行为同一人）</translation>
    </message>
    <message>
      <location filename="../../app/services/member_import.py" line="296" />
      <source>row %1 (member #%2)</source>
      <translation>第 %1 行（成员 #%2）</translation>
    </message>
  </context>
  <context>
    <name>moderation</name>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="14" />
      <source>Red</source>
      <translation>红色</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="15" />
      <source>Yellow</source>
      <translation>黄色</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="16" />
      <source>Blue</source>
      <translation>蓝色</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="22" />
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="23" />
      <source>In review</source>
      <translation>审核中</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="24" />
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="25" />
      <source>Dismissed</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="26" />
      <source>Appealed</source>
      <translation>已申诉</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="27" />
      <source>Upheld</source>
      <translation>维持原判</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="28" />
      <source>Overturned</source>
      <translation>已改判</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="31" />
      <source>Member report</source>
      <translation>成员举报</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="32" />
      <source>Sensitive-word hit</source>
      <translation>命中敏感词</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="33" />
      <source>Operator observation</source>
      <translation>运营者发现</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="36" />
      <source>No action</source>
      <translation>不处理</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="37" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="38" />
      <source>Delete message</source>
      <translation>删除消息</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="39" />
      <source>Mute</source>
      <translation>禁言</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="40" />
      <source>Remove from group</source>
      <translation>移出群</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="41" />
      <source>Ban</source>
      <translation>封禁</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="44" />
      <source>Spam / ads</source>
      <translation>垃圾广告</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="45" />
      <source>Abuse</source>
      <translation>辱骂攻击</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="46" />
      <source>Rumour</source>
      <translation>谣言</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="47" />
      <source>Fraud</source>
      <translation>诈骗</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="48" />
      <source>Off-topic</source>
      <translation>跑题</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="49" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="52" />
      <source>Decided</source>
      <translation>已处理</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="55" />
      <source>Appeal: upheld</source>
      <translation>申诉：维持原判</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="56" />
      <source>Appeal: overturned</source>
      <translation>申诉：改判</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="74" />
      <source>Mute 1 day</source>
      <translation>禁言 1 天</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="75" />
      <source>Mute %1 days</source>
      <translation>禁言 %1 天</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="88" />
      <source>%1d %2h</source>
      <translation>%1 天 %2 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="90" />
      <source>%1h %2m</source>
      <translation>%1 小时 %2 分</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="93" />
      <source>overdue %1</source>
      <translation>已超时 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_labels.py" line="94" />
      <source>%1 left</source>
      <translation>剩余 %1</translation>
    </message>
  </context>
  <context>
    <name>moderation words</name>
    <message>
      <location filename="../../app/services/moderation_words.py" line="89" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="100" />
      <source>row %1: %2</source>
      <translation>第 %1 行：%2</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="104" />
      <source>row %1: %2 is the same word as row %3</source>
      <translation>第 %1 行：%2 与第 %3 行是同一个词</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="118" />
      <source>the word is empty</source>
      <translation>词条为空</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="121" />
      <source>%1 has no letters or digits to match</source>
      <translation>%1 中没有可匹配的文字或数字</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="124" />
      <source>unknown level %1 (use red/yellow/blue, 红/黄/蓝, or allow)</source>
      <translation>未知预警等级 %1（请使用 red/yellow/blue、红/黄/蓝 或 allow）</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="129" />
      <source>unknown category %1 (known: %2)</source>
      <translation>未知类别 %1（可用类别：%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/moderation_words.py" line="138" />
      <source>and %1 more</source>
      <translation>另有 %1 条</translation>
    </message>
  </context>
  <context>
    <name>recurrence</name>
    <message>
      <location filename="../../app/services/recurrence.py" line="25" />
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="25" />
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="25" />
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="26" />
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="26" />
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="26" />
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="27" />
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="28" />
      <source>day</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="28" />
      <source>week</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="29" />
      <source>month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="201" />
      <source>every day</source>
      <translation>每天</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="201" />
      <source>every week</source>
      <translation>每周</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="202" />
      <source>every month</source>
      <translation>每月</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="204" />
      <source>every %1 days</source>
      <translation>每 %1 天</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="205" />
      <source>every %1 weeks</source>
      <translation>每 %1 周</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="206" />
      <source>every %1 months</source>
      <translation>每 %1 个月</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="208" />
      <source>%1 on %2</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="210" />
      <source>%1 on day %2</source>
      <translation>%1 %2 日</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="211" />
      <source>%1 at %2 from %3</source>
      <translation>%1 %2，自 %3 起</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="213" />
      <source>%1 to %2</source>
      <translation>%1，至 %2 止</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="215" />
      <source>1 time</source>
      <translation>1 次</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="215" />
      <source>%1 times</source>
      <translation>%1 次</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="216" />
      <source>%1, at most %2</source>
      <translation>%1，最多 %2</translation>
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="217" />
      <source>%1, %2</source>
      <translation>%1，共 %2</translation>
    </message>
  </context>
  <context>
    <name>tabular</name>
    <message>
      <location filename="../../app/services/tabular.py" line="282" />
      <source>end of file</source>
      <translation>文件末尾</translation>
    </message>
  </context>
</TS>
