<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ActivitiesTab</name>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="64" />
      <source>No activities yet: press “New activity” to plan one — a check-in challenge, a salon, a live AMA, a group run — with its warm-up, day and review checklist.</source>
      <translation>还没有活动：点击“新建活动”策划一场——打卡挑战、沙龙、直播答疑、团跑等，并附带预热、活动当天和复盘的任务清单。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="71" />
      <source>Activities</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="73" />
      <source>Time slots</source>
      <translation>时段分析</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="85" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="98" />
      <source>Search name, owner, place</source>
      <translation>搜索名称、负责人、地点</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="103" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="109" />
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="113" />
      <source>New activity…</source>
      <translation>新建活动…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="119" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="121" />
      <source>A workbook with one row per activity and its figures.</source>
      <translation>导出工作簿：每个活动一行，附各项数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="123" />
      <source>Export list…</source>
      <translation>导出列表…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="125" />
      <source>The list as shown (this search, these filters, this order) to Excel or CSV</source>
      <translation>将当前显示的列表（当前的搜索、筛选和排序）导出为 Excel 或 CSV</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="174" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="177" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="180" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="198" />
      <source>Checklist</source>
      <translation>任务清单</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="199" />
      <source>Registrations</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="200" />
      <source>Results</source>
      <translation>效果数据</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="201" />
      <source>A/B variants</source>
      <translation>A/B 方案</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="256" />
      <source>%1 overdue tasks in %2</source>
      <translation>有 %1 项任务已逾期：%2</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="302" />
      <source>No activity chosen</source>
      <translation>未选择活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="321" />
      <source>Owner: %1</source>
      <translation>负责人：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="322" />
      <source>budget ¥%1</source>
      <translation>预算 ¥%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="324" />
      <source>spent ¥%1</source>
      <translation>已花费 ¥%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="370" />
      <source>Set its status to %1</source>
      <translation>将状态改为“%1”</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="383" />
      <source>Changed by someone else</source>
      <translation>已被他人修改</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="384" />
      <source>%1 changed “%2” at %3, before your change reached the file.

%4 anyway?</source>
      <translation>%1 于 %3 修改了“%2”，早于你的修改写入文件。

仍要%4吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="400" />
      <source>Delete activity</source>
      <translation>删除活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="401" />
      <source>Delete “%1”? Its attendance no longer counts for members until it is restored (Edit ▸ History keeps the record).</source>
      <translation>删除“%1”？恢复之前，该活动的到场记录不再计入成员数据（编辑 ▸ 历史记录中会保留记录）。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="408" />
      <source>Delete it</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="409" />
      <source>Deleted “%1”.</source>
      <translation>已删除“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="426" />
      <source>Export activities</source>
      <translation>导出活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="427" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="441" />
      <source>Exported %1 activities to %2.</source>
      <translation>已将 %1 个活动导出到 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/activities.py" line="449" />
      <source>Export the activity list</source>
      <translation>导出活动列表</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="77" />
      <source>New activity</source>
      <translation>新建活动</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="77" />
      <source>Edit activity</source>
      <translation>编辑活动</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="84" />
      <source>Plan</source>
      <translation>活动策划</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="85" />
      <source>Budget and goals</source>
      <translation>预算与目标</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="86" />
      <source>No changes are logged for this activity yet.</source>
      <translation>此活动还没有变更记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="89" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="91" />
      <source>Start with the usual checklist for this format</source>
      <translation>使用该形式的常用任务清单</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="123" />
      <source>Pick a format, or type your own.</source>
      <translation>选择一种形式，或自行输入。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="133" />
      <source>Address or venue (offline)</source>
      <translation>地址或场地（线下）</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="136" />
      <source>Live room or meeting link (online)</source>
      <translation>直播间或会议链接（线上）</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="143" />
      <source>What worked, what to change next time</source>
      <translation>哪些做得好，下次要改进什么</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="144" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="145" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="146" />
      <source>Format:</source>
      <translation>形式：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="147" />
      <source>Sub-community:</source>
      <translation>子社群：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="148" />
      <source>Owner:</source>
      <translation>负责人：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="149" />
      <source>Starts:</source>
      <translation>开始时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="150" />
      <source>Ends:</source>
      <translation>结束时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="151" />
      <source>Place:</source>
      <translation>地点：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="152" />
      <source>Link:</source>
      <translation>链接：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="153" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="154" />
      <source>Review note:</source>
      <translation>复盘记录：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="160" />
      <source>No limit</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="167" />
      <source>Tick the tiers this activity invites; the results show their show-up.</source>
      <translation>勾选本活动邀请的等级；效果数据中会显示各等级的到场率。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="168" />
      <source>Capacity:</source>
      <translation>名额：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="169" />
      <source>Budget planned:</source>
      <translation>计划预算：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="170" />
      <source>Budget spent:</source>
      <translation>实际花费：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="171" />
      <source>Goal, registrations:</source>
      <translation>目标报名数：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="172" />
      <source>Goal, attendance:</source>
      <translation>目标到场数：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="173" />
      <source>Goal, conversions:</source>
      <translation>目标转化数：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="174" />
      <source>Invited tiers:</source>
      <translation>邀请等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="208" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="235" />
      <source>A new activity: a name, a start and an end are required.</source>
      <translation>新建活动：名称、开始时间和结束时间为必填项。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="238" />
      <source>#%1 · version %2 · last changed by %3 at %4</source>
      <translation>#%1 · 版本 %2 · 最后由 %3 于 %4 修改</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="252" />
      <source>Enter a name.</source>
      <translation>请输入名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="258" />
      <source>Enter a format.</source>
      <translation>请输入形式。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="264" />
      <source>The activity ends before it starts: move the end after the start.</source>
      <translation>活动的结束时间早于开始时间：请将结束时间调到开始时间之后。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="294" />
      <source>Save anyway?</source>
      <translation>仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="295" />
      <source>%1 members are registered, more than the capacity of %2.

Save anyway?</source>
      <translation>已有 %1 人报名，超过了 %2 人的名额。

仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="316" />
      <source>This activity no longer exists in the file; the edit cannot be saved.</source>
      <translation>此活动已不在文件中，无法保存修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="330" />
      <source>This activity was changed by %1 at %2 while you were editing.</source>
      <translation>在你编辑期间，%1 于 %2 修改了此活动。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="343" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="343" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="343" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="344" />
      <source>Sub-community</source>
      <translation>子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="344" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="345" />
      <source>Starts</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="345" />
      <source>Ends</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="345" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="346" />
      <source>Link</source>
      <translation>链接</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="346" />
      <source>Capacity</source>
      <translation>名额</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="347" />
      <source>Budget planned</source>
      <translation>计划预算</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="347" />
      <source>Budget spent</source>
      <translation>实际花费</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="348" />
      <source>Goal, registrations</source>
      <translation>目标报名数</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="348" />
      <source>Goal, attendance</source>
      <translation>目标到场数</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="349" />
      <source>Goal, conversions</source>
      <translation>目标转化数</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="349" />
      <source>Invited tiers</source>
      <translation>邀请等级</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="350" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_dialog.py" line="350" />
      <source>Review note</source>
      <translation>复盘记录</translation>
    </message>
  </context>
  <context>
    <name>ActivityListModel</name>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="22" />
      <source>Activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="22" />
      <source>Starts</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="22" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="22" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="22" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="23" />
      <source>Registered</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="23" />
      <source>Attended</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_list_model.py" line="23" />
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
      <location filename="../../app/views/lifecycle_lists.py" line="107" />
      <source>No one is at risk. Run Recompute after importing activity.</source>
      <translation>暂无流失风险成员。导入行为记录后请运行“重新计算”。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="113" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="113" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="113" />
      <source>Flagged</source>
      <translation>预警时间</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="113" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="113" />
      <source>Last activity</source>
      <translation>最近活跃</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="114" />
      <source>Recall</source>
      <translation>召回方式</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="114" />
      <source>Recalled at</source>
      <translation>召回时间</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="114" />
      <source>Recalled by</source>
      <translation>召回人</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="114" />
      <source>Outcome</source>
      <translation>召回结果</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="118" />
      <source>Recall action:</source>
      <translation>召回方式：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="123" />
      <source>Message sent</source>
      <translation>已发消息</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="123" />
      <source>Gift offered</source>
      <translation>已送礼品</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="123" />
      <source>Called</source>
      <translation>已电话联系</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="124" />
      <source>Choose an action or type another</source>
      <translation>选择一种方式，或输入其他方式</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="126" />
      <source>Log recall</source>
      <translation>记录召回</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="139" />
      <source>Waiting</source>
      <translation>待观察</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="140" />
      <source>Active again (settled at the next recompute)</source>
      <translation>已重新活跃（下次重新计算时确认）</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="141" />
      <source>Did not return</source>
      <translation>未回归</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="175" />
      <source>At risk: %1 · recalls logged: %2 · returned: %3 · did not return: %4 · waiting: %5 · return rate: %6</source>
      <translation>流失风险：%1 · 已记录召回：%2 · 已回归：%3 · 未回归：%4 · 待观察：%5 · 回归率：%6</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="180" />
      <source>(showing the %1 oldest flags)</source>
      <translation>（仅显示最早预警的 %1 人）</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="196" />
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
      <location filename="../../app/views/content_calendar.py" line="544" />
      <source>Week</source>
      <translation>周</translation>
    </message>
  </context>
  <context>
    <name>CaseDialog</name>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="173" />
      <source>New case</source>
      <translation>新建工单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="174" />
      <source>Case #%1</source>
      <translation>工单 #%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="184" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="187" />
      <source>No changes are logged for this case yet.</source>
      <translation>此工单还没有变更记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="190" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="216" />
      <source>Search the roster: name, nickname, phone or handle</source>
      <translation>搜索成员名单：姓名、昵称、手机号或平台账号</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="218" />
      <source>Optional: search the roster, or type the reporter's name</source>
      <translation>选填：搜索成员名单，或输入举报人姓名</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="219" />
      <source>Pick a member from the matches, or leave the typed name for someone who is not on the roster.</source>
      <translation>从匹配结果中选择成员；如举报人不在成员名单中，保留输入的姓名即可。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="223" />
      <source>The message or content, as it was posted</source>
      <translation>消息或内容的原文</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="231" />
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="250" />
      <source>Unassigned</source>
      <translation>未分配</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="260" />
      <source>Source:</source>
      <translation>来源：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="261" />
      <source>Member concerned:</source>
      <translation>涉及成员：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="262" />
      <source>Reported by:</source>
      <translation>举报人：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="263" />
      <source>Excerpt:</source>
      <translation>内容摘录：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="264" />
      <source>Message time:</source>
      <translation>消息时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="265" />
      <source>Platform:</source>
      <translation>平台：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="266" />
      <source>Category:</source>
      <translation>类别：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="267" />
      <source>Alert level:</source>
      <translation>预警等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="269" />
      <source>Rule broken:</source>
      <translation>违反规则：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="270" />
      <source>Assignee:</source>
      <translation>负责人：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="271" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="307" />
      <source>A new case: the member concerned and the excerpt are required.</source>
      <translation>新建工单：涉及成员和内容摘录为必填项。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="309" />
      <source>#%1 · %2 · version %3 · last changed by %4 at %5</source>
      <translation>#%1 · %2 · 版本 %3 · 最后由 %4 于 %5 修改</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="324" />
      <source>No rule cited</source>
      <translation>未引用规则</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="337" />
      <source>decided by %1 at %2</source>
      <translation>由 %1 于 %2 处理</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="347" />
      <source>Opened</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="347" />
      <source>Edited</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="347" />
      <source>Claimed</source>
      <translation>认领</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="348" />
      <source>Decided</source>
      <translation>处理</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="348" />
      <source>Dismissed</source>
      <translation>驳回</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="348" />
      <source>Appealed</source>
      <translation>申诉</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="349" />
      <source>Appeal upheld</source>
      <translation>申诉：维持原处理</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="349" />
      <source>Appeal overturned</source>
      <translation>申诉：改判</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="366" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="366" />
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="366" />
      <source>Excerpt</source>
      <translation>内容摘录</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="367" />
      <source>Message time</source>
      <translation>消息时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="367" />
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="368" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="368" />
      <source>Reporter</source>
      <translation>举报人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="369" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="369" />
      <source>Level</source>
      <translation>预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="369" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="370" />
      <source>Assignee</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="370" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="371" />
      <source>Due</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="371" />
      <source>Decided at</source>
      <translation>处理时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="371" />
      <source>Decided by</source>
      <translation>处理人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="372" />
      <source>SLA breached</source>
      <translation>超时（SLA）</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="372" />
      <source>Action</source>
      <translation>处理方式</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="373" />
      <source>Mute days</source>
      <translation>禁言天数</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="373" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="374" />
      <source>Credit move</source>
      <translation>信用分变动</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="396" />
      <source>Due in %1 h — %2</source>
      <translation>%1 小时内处理——%2 截止</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="398" />
      <source>Decided; the deadline was %1</source>
      <translation>已处理；截止时间为 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="402" />
      <source>Due %1 (%2)</source>
      <translation>%1 截止（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="429" />
      <source>Pick the member concerned from the roster matches.</source>
      <translation>请从成员名单的匹配结果中选择涉及成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="433" />
      <source>The reporter and the member concerned are the same person.</source>
      <translation>举报人与涉及成员是同一人。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="437" />
      <source>Enter the message or content excerpt.</source>
      <translation>请输入消息或内容摘录。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="472" />
      <source>This case no longer exists in the file; the edit cannot be saved.</source>
      <translation>此工单已不在文件中，无法保存修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="485" />
      <source>This case was changed by %1 at %2 while you were editing.</source>
      <translation>在你编辑期间，%1 于 %2 修改了此工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="502" />
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
      <location filename="../../app/views/moderation_queue_model.py" line="49" />
      <source>Level</source>
      <translation>预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="49" />
      <source>Due</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="49" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="49" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="49" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="50" />
      <source>Excerpt</source>
      <translation>内容摘录</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="50" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="50" />
      <source>Assignee</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_queue_model.py" line="50" />
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
      <location filename="../../app/views/import_wizard.py" line="504" />
      <source>Check the rows</source>
      <translation>检查数据行</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="505" />
      <source>Every row is checked before anything is written.</source>
      <translation>写入任何数据之前，会先逐行检查。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="529" />
      <source>Invalid rows:</source>
      <translation>无效行：</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="533" />
      <source>Merges and notes:</source>
      <translation>合并与提示：</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="534" />
      <source>Import the valid rows and write the invalid ones to a rejects file</source>
      <translation>导入有效行，无效行另存为错误行文件</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="564" />
      <source>Checking the rows…</source>
      <translation>正在检查数据行…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="593" />
      <source>Checking the rows… %1 read</source>
      <translation>正在检查数据行… 已读取 %1 行</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="603" />
      <source>The file has no member rows.</source>
      <translation>文件中没有成员数据行。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="624" />
      <source>%1 rows are invalid, so nothing would be written. Fix them in the file, or tick the box above to import the valid rows.</source>
      <translation>有 %1 行无效，因此不会写入任何数据。请在文件中修正这些行，或勾选上方选项，只导入有效行。</translation>
    </message>
  </context>
  <context>
    <name>CheckinImportDialog</name>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="39" />
      <source>Import a list — %1</source>
      <translation>导入名单 — %1</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="59" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="72" />
      <source>A file (CSV or Excel)</source>
      <translation>文件（CSV 或 Excel）</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="74" />
      <source>Pasted names, nicknames, phones or @handles</source>
      <translation>粘贴的姓名、昵称、手机号或 @账号</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="82" />
      <source>a .csv or .xlsx file with a name, nickname, phone or handle column</source>
      <translation>包含姓名、昵称、手机号或账号列的 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="85" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="90" />
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
      <location filename="../../app/views/checkin_import_dialog.py" line="96" />
      <source>Registration list: who signed up</source>
      <translation>报名名单：已报名的人</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="97" />
      <source>Check-in list: who came (the unregistered become walk-ins)</source>
      <translation>签到名单：实际到场的人（未报名者记为现场参与）</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="100" />
      <source>Match</source>
      <translation>匹配</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="113" />
      <source>The list is a</source>
      <translation>名单类型</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="140" />
      <source>Only rows that need a decision</source>
      <translation>只看待确认的行</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="143" />
      <source>Selected: add as new members</source>
      <translation>所选行：添加为新成员</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="146" />
      <source>Selected: skip</source>
      <translation>所选行：跳过</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="149" />
      <source>Skip all unknown</source>
      <translation>跳过全部未识别</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="151" />
      <source>Nobody on the roster is like them: leave them out of this import.</source>
      <translation>成员名单中没有与之相似的人：本次导入不包含这些行。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="169" />
      <source>Type a name, nickname, phone or handle</source>
      <translation>输入姓名、昵称、手机号或账号</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="171" />
      <source>Use this member</source>
      <translation>选用此成员</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="188" />
      <source>Choose a list</source>
      <translation>选择名单</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="189" />
      <source>Lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
      <translation>名单文件 (*.csv *.xlsx *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="209" />
      <source>Choose a file first.</source>
      <translation>请先选择文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="212" />
      <source>Paste the names first, one per line.</source>
      <translation>请先粘贴名单，每行一人。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="220" />
      <source>Reading and matching the list…</source>
      <translation>正在读取并匹配名单…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="235" />
      <source>Matching %1 of %2…</source>
      <translation>正在匹配 %1/%2…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="237" />
      <source>%1 rows read…</source>
      <translation>已读取 %1 行…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="249" />
      <source>The list has no names to match.</source>
      <translation>名单中没有可匹配的名字。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="252" />
      <source>%1 people in the list: %2 matched, %3 need a decision, %4 unknown.</source>
      <translation>名单共 %1 人：已匹配 %2 人，待确认 %3 人，未识别 %4 人。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="256" />
      <source>%1 repeated lines were counted once.</source>
      <translation>有 %1 行重复，只计一次。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="258" />
      <source>%1 rows without a name, phone or handle were left out.</source>
      <translation>已略过 %1 行没有姓名、手机号或账号的数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="260" />
      <source>No column is named like a name, nickname, phone, WeChat ID, email or handle, so the first column (“%1”) was matched, its first row included.</source>
      <translation>没有哪一列的列名像姓名、昵称、手机号、微信号、邮箱或账号，因此按第一列（“%1”）匹配，第一行也计入在内。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="264" />
      <source>Matched on: %1.</source>
      <translation>匹配依据：%1。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="268" />
      <source>Nothing was done: %1</source>
      <translation>未执行任何操作：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="273" />
      <source>Cancelled — nothing was written.</source>
      <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="301" />
      <source>%1 rows need a decision</source>
      <translation>%1 行待确认</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="322" />
      <source>Find “%1”:</source>
      <translation>查找“%1”：</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="341" />
      <source>No member matches.</source>
      <translation>没有匹配的成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="362" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="370" />
      <source>Imported: %1 checked in, %2 walk-ins, %3 already there, %4 new members, %5 skipped.</source>
      <translation>导入完成：签到 %1 人，现场参与 %2 人，此前已签到 %3 人，新增成员 %4 人，跳过 %5 人。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="373" />
      <source>Imported: %1 registered, %2 already registered, %3 new members, %4 skipped.</source>
      <translation>导入完成：报名 %1 人，此前已报名 %2 人，新增成员 %3 人，跳过 %4 人。</translation>
    </message>
    <message>
      <location filename="../../app/views/checkin_import_dialog.py" line="376" />
      <source>%1 listed more than once, counted once.</source>
      <translation>另有 %1 人在名单中重复出现，只计一次。</translation>
    </message>
  </context>
  <context>
    <name>ContentItemDialog</name>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="180" />
      <source>New content item</source>
      <translation>新建内容</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="180" />
      <source>Edit content item</source>
      <translation>编辑内容</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="189" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="190" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="216" />
      <source>Draft, outline or notes</source>
      <translation>草稿、提纲或备注</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="219" />
      <source>No date (idea backlog)</source>
      <translation>不设日期（放入选题库）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="229" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="232" />
      <source>Duration:</source>
      <translation>时长：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="238" />
      <source>Sub-community:</source>
      <translation>子社群：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="240" />
      <source>Planned for:</source>
      <translation>计划时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="241" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="242" />
      <source>Body / notes:</source>
      <translation>正文 / 备注：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="248" />
      <source>Results</source>
      <translation>效果数据</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="251" />
      <source>Tick to record the reads and reactions this item got.</source>
      <translation>勾选后可录入这条内容的阅读和互动数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="253" />
      <source>Reads:</source>
      <translation>阅读：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="253" />
      <source>Comments:</source>
      <translation>评论：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="253" />
      <source>Likes:</source>
      <translation>点赞：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="254" />
      <source>Shares:</source>
      <translation>转发：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="268" />
      <source>Interaction rate:</source>
      <translation>互动率：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="269" />
      <source>Share rate:</source>
      <translation>转发率：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="274" />
      <source>No changes are logged for this item yet.</source>
      <translation>这条内容还没有变更记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="302" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="321" />
      <source>A new content item: a title is required.</source>
      <translation>新建内容：标题为必填项。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="323" />
      <source>#%1 · version %2 · last changed by %3 at %4</source>
      <translation>#%1 · 第 %2 版 · %3 最后修改于 %4</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="340" />
      <source>Created</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="340" />
      <source>Edited</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="340" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="341" />
      <source>Restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="341" />
      <source>Rescheduled</source>
      <translation>改期</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="342" />
      <source>Status changed</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="342" />
      <source>Results recorded</source>
      <translation>录入效果数据</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="345" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="345" />
      <source>Body</source>
      <translation>正文</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="345" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="346" />
      <source>Pillar</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="346" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="346" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="347" />
      <source>Sub-community</source>
      <translation>子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="347" />
      <source>Planned for</source>
      <translation>计划时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="348" />
      <source>Duration</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="348" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="349" />
      <source>Published at</source>
      <translation>发布时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="349" />
      <source>Reads</source>
      <translation>阅读</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="350" />
      <source>Comments</source>
      <translation>评论</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="350" />
      <source>Likes</source>
      <translation>点赞</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="350" />
      <source>Shares</source>
      <translation>转发</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="351" />
      <source>Series</source>
      <translation>系列</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="351" />
      <source>Hot topic</source>
      <translation>热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="352" />
      <source>Deleted at</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="352" />
      <source>Calendar id</source>
      <translation>日历 ID</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="362" />
      <source>%1 (new)</source>
      <translation>%1（新建）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="401" />
      <source>It is scheduled for a time in the past.</source>
      <translation>排期时间已过去。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="419" />
      <source>Save anyway?</source>
      <translation>仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="419" />
      <source>%1

Save anyway?</source>
      <translation>%1

仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="439" />
      <source>This item no longer exists in the file; the edit cannot be saved.</source>
      <translation>这条内容已不在文件中，无法保存修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="457" />
      <source>This item was changed by %1 at %2 while you were editing.</source>
      <translation>你编辑期间，%1 于 %2 修改了这条内容。</translation>
    </message>
  </context>
  <context>
    <name>ContentListModel</name>
    <message>
      <location filename="../../app/views/content_list_model.py" line="26" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="26" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="26" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="26" />
      <source>Pillar</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="26" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="27" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="27" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="27" />
      <source>Reads</source>
      <translation>阅读</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="27" />
      <source>Interaction rate</source>
      <translation>互动率</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="28" />
      <source>Share rate</source>
      <translation>转发率</translation>
    </message>
    <message>
      <location filename="../../app/views/content_list_model.py" line="40" />
      <source>(no date)</source>
      <translation>（无日期）</translation>
    </message>
  </context>
  <context>
    <name>ContentSettingsDialog</name>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="56" />
      <source>Content settings</source>
      <translation>内容设置</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="100" />
      <source>Channels</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="102" />
      <source>Cadence per ISO week (Monday first); "—" means no rule. A removed channel is archived: its items keep it.</source>
      <translation>发布节奏按 ISO 周计算（周一为第一天）；“—”表示不限。移除的渠道会被归档，已有内容仍保留该渠道。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="107" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="107" />
      <source>Min per week</source>
      <translation>每周至少</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="107" />
      <source>Max per week</source>
      <translation>每周至多</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="107" />
      <source>Longest empty stretch</source>
      <translation>最长空档</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="108" />
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="112" />
      <source>Add channel</source>
      <translation>添加渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="113" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="114" />
      <source>A channel added here is dropped; a saved one is archived.</source>
      <translation>刚添加的渠道会被直接删除；已保存的渠道会被归档。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="115" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="116" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="125" />
      <source>Content pillars</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="127" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="127" />
      <source>Target share</source>
      <translation>目标占比</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="131" />
      <source>Add pillar</source>
      <translation>添加支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="141" />
      <source>Hot topics and the calendar</source>
      <translation>热点话题与日历</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="146" />
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="151" />
      <source>Respond to a hot topic within:</source>
      <translation>热点响应时限：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="155" />
      <source>The time an item gets when it is dropped on a day without one.</source>
      <translation>内容拖到没有设定时间的日期上时使用的时间。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="156" />
      <source>Default time of day:</source>
      <translation>默认发布时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="201" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="204" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="284" />
      <source>Leave empty to keep the built-in name (translated with the app).</source>
      <translation>留空则使用内置名称（随界面语言翻译）。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="315" />
      <source>Pillar colour</source>
      <translation>支柱颜色</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="340" />
      <source>Active pillars add up to %1% (must be 100%)</source>
      <translation>启用中的支柱合计 %1%（须为 100%）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="350" />
      <source>Channels, row %1: enter a name.</source>
      <translation>渠道第 %1 行：请输入名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="353" />
      <source>Channels, row %1: %2 is already the name of row %3.</source>
      <translation>渠道第 %1 行：%2 已是第 %3 行的名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="357" />
      <source>Channels, row %1 (%2): at least %3 a week is more than at most %4.</source>
      <translation>渠道第 %1 行（%2）：每周至少 %3 条，超过了每周至多 %4 条。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="361" />
      <source>Pillars, row %1: enter a name.</source>
      <translation>内容支柱第 %1 行：请输入名称。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="364" />
      <source>The target shares of the active pillars add up to %1%; they must add up to 100%.</source>
      <translation>启用中的内容支柱目标占比合计为 %1%，须合计为 100%。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="405" />
      <source>%1 changed these settings at %2 while you were editing; nothing was saved yet.</source>
      <translation>你编辑期间，%1 于 %2 修改了这些设置；你的修改尚未保存。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="413" />
      <source>Respond to a %1 hot topic within</source>
      <translation>%1 热点响应时限</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="414" />
      <source>Default time of day</source>
      <translation>默认发布时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="420" />
      <source> (archived)</source>
      <translation>（已归档）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_settings_dialog.py" line="427" />
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
  </context>
  <context>
    <name>ContentTab</name>
    <message>
      <location filename="../../app/views/tabs/content.py" line="65" />
      <source>Nothing is planned yet: double-click a day to add an item, drag an idea from the backlog onto a day, or create a recurring series.</source>
      <translation>还没有任何排期：双击某一天添加内容，把选题库中的选题拖到某一天，或创建重复系列。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="93" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="102" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="116" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="116" />
      <source>Week</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="116" />
      <source>List</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="127" />
      <source>Previous</source>
      <translation>上一页</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="128" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="128" />
      <source>Back to today</source>
      <translation>回到今天</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="129" />
      <source>Next</source>
      <translation>下一页</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="141" />
      <source>New item…</source>
      <translation>新建内容…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="144" />
      <source>Recurring series…</source>
      <translation>重复系列…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="147" />
      <source>Log hot topic…</source>
      <translation>记录热点话题…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="150" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="152" />
      <source>iCalendar (.ics) for Outlook, Apple and Google Calendar, or an Excel workbook</source>
      <translation>导出为 iCalendar (.ics)，可导入 Outlook、Apple 日历和 Google 日历；或导出为 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="155" />
      <source>Export list…</source>
      <translation>导出列表…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="157" />
      <source>The list as shown (these filters, this order, these columns) to Excel or CSV</source>
      <translation>按当前显示（当前筛选、排序和列）导出列表到 Excel 或 CSV</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="180" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="180" />
      <source>Pillar</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="181" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="181" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="184" />
      <source>Activities</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="186" />
      <source>Show the activities on the calendar (they are planned on the Activities tab)</source>
      <translation>在日历上显示活动（活动在“活动”页中策划）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="206" />
      <source>Include the idea backlog</source>
      <translation>包含选题库</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="235" />
      <source>Drag an idea onto a day to plan it; drag an item here to take its date away.</source>
      <translation>把选题拖到某一天即可排期；把内容拖到这里可取消其日期。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="244" />
      <source>New idea…</source>
      <translation>新建选题…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="248" />
      <source>Idea backlog</source>
      <translation>选题库</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="259" />
      <source>Cadence</source>
      <translation>发布节奏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="267" />
      <source>Mix &amp;&amp; cadence</source>
      <translation>配比 &amp;&amp; 节奏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="279" />
      <source>Hot topics</source>
      <translation>热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="342" />
      <source>%1 – %2 · week %3</source>
      <translation>%1 – %2 · 第 %3 周</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="344" />
      <source>%1 %2</source>
      <translation>%2年%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="355" />
      <source>All channels</source>
      <translation>全部渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="357" />
      <source>All pillars</source>
      <translation>全部支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="359" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="360" />
      <source>All owners</source>
      <translation>全部负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="456" />
      <source>%1: %2 this week, at most %3 (too dense)</source>
      <translation>%1：本周 %2 条，至多 %3 条（过密）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="457" />
      <source>%1: %2 this week, at least %3 (too sparse)</source>
      <translation>%1：本周 %2 条，至少 %3 条（过疏）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="460" />
      <source>%1: nothing for %2 days (%3 – %4), at most %5</source>
      <translation>%1：%2 天无内容（%3 – %4），最长允许 %5 天</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="479" />
      <source>No channel</source>
      <translation>无渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="486" />
      <source>No pillar</source>
      <translation>未分类</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="489" />
      <source>Pillar mix %1 – %2: planned / target</source>
      <translation>支柱配比 %1 – %2：计划 / 目标</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="494" />
      <source>Week %1 · %2</source>
      <translation>第 %1 周 · %2</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="498" />
      <source>Every channel keeps its rhythm in this period.</source>
      <translation>本周期内各渠道发布节奏均正常。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="517" />
      <source>Changed by someone else</source>
      <translation>已被他人修改</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="518" />
      <source>%1 changed “%2” at %3, before your change reached the file; the calendar now shows their version.

%4 anyway?</source>
      <translation>在你的修改写入文件之前，%1 于 %3 修改了“%2”；日历现在显示的是对方的版本。

仍要%4吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="525" />
      <source>Cannot change the item</source>
      <translation>无法修改内容</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="535" />
      <source>Scheduled in the past</source>
      <translation>排期时间已过去</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="536" />
      <source>“%1” is scheduled, and %2 is in the past. Move it there anyway?</source>
      <translation>“%1”已排期，而 %2 已经过去。仍要移到该时间吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="558" />
      <source>Move it to %1</source>
      <translation>移到 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="562" />
      <source>Move it to the idea backlog</source>
      <translation>移回选题库</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="566" />
      <source>Set its status to %1</source>
      <translation>将状态改为%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="569" />
      <source>Delete item</source>
      <translation>删除内容</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="570" />
      <source>Delete “%1”? You can undo this.</source>
      <translation>删除“%1”？此操作可以撤销。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="573" />
      <source>Delete it</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="577" />
      <source>Deleted “%1”.</source>
      <translation>已删除“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="588" />
      <source>Restore it</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="604" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="620" />
      <source>Move to the idea backlog</source>
      <translation>移回选题库</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="624" />
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="696" />
      <source>The visible period (%1 – %2)</source>
      <translation>当前显示的周期（%1 – %2）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="697" />
      <source>From today on</source>
      <translation>从今天起</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="698" />
      <source>Everything</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="704" />
      <source>Export the content calendar</source>
      <translation>导出内容日历</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="705" />
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="705" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="709" />
      <source>Which items?</source>
      <translation>导出哪些内容？</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="726" />
      <source>Exported %1 items to %2.</source>
      <translation>已导出 %1 条内容到 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="734" />
      <source>Export the content list</source>
      <translation>导出内容列表</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/content.py" line="740" />
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
      <location filename="../../app/views/content_calendar.py" line="331" />
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
      <location filename="../../app/views/event_import_dialog.py" line="24" />
      <source>Import activity</source>
      <translation>导入行为记录</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="29" />
      <source>Messages, joins and leaves from a chat export, or check-ins and purchases from a spreadsheet. Importing the same export again adds nothing twice.</source>
      <translation>可从聊天记录导出文件导入发言、入群和退群记录，或从表格导入签到和购买记录。重复导入同一份导出文件不会重复添加。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="34" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="40" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="43" />
      <source>Recognise automatically</source>
      <translation>自动识别</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="43" />
      <source>Telegram Desktop (result.json)</source>
      <translation>Telegram Desktop（result.json）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="44" />
      <source>DiscordChatExporter (JSON)</source>
      <translation>DiscordChatExporter（JSON）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="45" />
      <source>DiscordChatExporter (CSV)</source>
      <translation>DiscordChatExporter（CSV）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="45" />
      <source>WeChat (CSV)</source>
      <translation>微信（CSV）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="46" />
      <source>QQ (text export)</source>
      <translation>QQ（文本导出）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="46" />
      <source>Events spreadsheet (CSV)</source>
      <translation>行为记录表格（CSV）</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="49" />
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="52" />
      <source>only for Discord CSV, e.g. %d-%b-%y %I:%M %p</source>
      <translation>仅用于 Discord CSV，例如 %d-%b-%y %I:%M %p</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="53" />
      <source>Date format</source>
      <translation>日期格式</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="56" />
      <source>this computer's time zone, or e.g. Asia/Shanghai</source>
      <translation>本机时区，或如 Asia/Shanghai</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="57" />
      <source>Time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="69" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="79" />
      <source>Choose an export</source>
      <translation>选择导出文件</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="80" />
      <source>Exports (*.json *.csv *.txt);;All files (*)</source>
      <translation>导出文件 (*.json *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="87" />
      <source>Choose a file first.</source>
      <translation>请先选择文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="93" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="101" />
      <source>%1 events read…</source>
      <translation>已读取 %1 条记录…</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="105" />
      <source>%1 events read: %2 added, %3 already imported, %4 without a sender ID skipped, %5 new members.</source>
      <translation>共读取 %1 条记录：新增 %2 条，%3 条此前已导入，%4 条缺少发送者 ID 已跳过，新增成员 %5 人。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="112" />
      <source>Sensitive-word scan: %1 messages, %2 cases opened.</source>
      <translation>敏感词扫描：%1 条消息，新建 %2 个工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="116" />
      <source>Nothing was imported: %1</source>
      <translation>未导入任何内容：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="121" />
      <source>Cancelled — nothing was written.</source>
      <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/views/event_import_dialog.py" line="127" />
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
      <location filename="../../app/views/import_wizard.py" line="148" />
      <source>Choose the file</source>
      <translation>选择文件</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="149" />
      <source>A CSV or Excel (.xlsx) file with a header row and one member per row.</source>
      <translation>带表头行、每行一位成员的 CSV 或 Excel（.xlsx）文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="156" />
      <source>Path of a .csv, .txt, .tsv or .xlsx file</source>
      <translation>.csv、.txt、.tsv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="157" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="167" />
      <source>The text encoding of a CSV file. It is detected; choose another one if the preview shows garbled text.</source>
      <translation>CSV 文件的文本编码。已自动检测；如预览出现乱码，请选择其他编码。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="174" />
      <source>File:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="175" />
      <source>Encoding:</source>
      <translation>编码：</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="212" />
      <source>Choose the member file</source>
      <translation>选择成员文件</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="213" />
      <source>Tables (*.csv *.txt *.tsv *.xlsx)</source>
      <translation>表格 (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="245" />
      <source>Reading %1…</source>
      <translation>正在读取 %1…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="281" />
      <source>Choose a file to see its first rows.</source>
      <translation>选择文件后可查看前几行。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="285" />
      <source>%1 columns; the first %2 rows are shown. Row numbers are the file's own.</source>
      <translation>共 %1 列，显示前 %2 行。行号为文件中的原始行号。</translation>
    </message>
  </context>
  <context>
    <name>HeatMap</name>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="109" />
      <source>%1 %2:00 · no past activity</source>
      <translation>%1 %2:00 · 过去无活动</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="112" />
      <source>%1 %2:00 · %3 activities · %4 of %5 registered came (%6)</source>
      <translation>%1 %2:00 · %3 场活动 · %5 人报名，到场 %4 人（%6）</translation>
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
      <location filename="../../app/views/hot_topic_dialog.py" line="35" />
      <source>New hot topic</source>
      <translation>新建热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="35" />
      <source>Edit hot topic</source>
      <translation>编辑热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="52" />
      <source>Brand relevance (1–5):</source>
      <translation>品牌相关度（1–5）：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="53" />
      <source>Timeliness (1–5):</source>
      <translation>时效性（1–5）：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="54" />
      <source>Spread value (1–5):</source>
      <translation>传播价值（1–5）：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="55" />
      <source>1: nothing to do with us · 5: about our brand or product</source>
      <translation>1：与我们无关 · 5：直接关于我们的品牌或产品</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="56" />
      <source>1: slow-moving · 5: everyone talks about it today</source>
      <translation>1：热度变化慢 · 5：今天人人都在讨论</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="57" />
      <source>1: few will share it · 5: made to be shared</source>
      <translation>1：很少有人会转发 · 5：天生适合转发</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="59" />
      <source>Topic:</source>
      <translation>话题：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="60" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="74" />
      <source>Noted at:</source>
      <translation>记录时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="77" />
      <source>Source, angle, what we could say</source>
      <translation>来源、切入角度、我们可以说什么</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="78" />
      <source>Notes:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="90" />
      <source>Plan a response</source>
      <translation>安排响应内容</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="92" />
      <source>Save the topic and add a drafting item that answers it, planned before the deadline.</source>
      <translation>保存话题，并新建一条回应该话题的“撰写中”内容，排期在响应截止时间之前。</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="137" />
      <source>no deadline</source>
      <translation>无截止时间</translation>
    </message>
    <message>
      <location filename="../../app/views/hot_topic_dialog.py" line="139" />
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
      <location filename="../../app/views/content_panels.py" line="171" />
      <source>no deadline</source>
      <translation>无截止时间</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="173" />
      <source>deadline was %1</source>
      <translation>截止时间为 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="176" />
      <source>overdue by %1 h</source>
      <translation>已超时 %1 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="176" />
      <source>%1 h left</source>
      <translation>剩余 %1 小时</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="177" />
      <source>respond by %1 (%2)</source>
      <translation>需在 %1 前响应（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="178" />
      <source>no response planned</source>
      <translation>未安排响应</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="180" />
      <source>planned after the deadline</source>
      <translation>排期晚于截止时间</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../app/views/import_wizard.py" line="50" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="51" />
      <source>Nickname</source>
      <translation>昵称</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="52" />
      <source>Phone</source>
      <translation>手机号</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="53" />
      <source>WeChat ID</source>
      <translation>微信号</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="54" />
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="55" />
      <source>Join date</source>
      <translation>入群日期</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="56" />
      <source>Sub-communities</source>
      <translation>所属子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="57" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="58" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="59" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="60" />
      <source>Source channel</source>
      <translation>来源渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="61" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="62" />
      <source>Roles</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="63" />
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="64" />
      <source>Platform handle</source>
      <translation>平台账号</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="85" />
      <source>(column %1)</source>
      <translation>（第 %1 列）</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="104" />
      <source>Import members</source>
      <translation>导入成员</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="112" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="468" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="468" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="474" />
      <source>%1 rows checked: %2 new members, %3 merged into existing members, %4 duplicate rows merged, %5 invalid rows.</source>
      <translation>已检查 %1 行：新成员 %2 人，合并到已有成员 %3 人，合并重复行 %4 行，无效行 %5 行。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="477" />
      <source>%1 rows read: %2 new members, %3 merged into existing members, %4 duplicate rows merged, %5 invalid rows skipped.</source>
      <translation>已读取 %1 行：新成员 %2 人，合并到已有成员 %3 人，合并重复行 %4 行，跳过无效行 %5 行。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="487" />
      <source>… and %1 more notes</source>
      <translation>… 另有 %1 条提示</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="489" />
      <source>Kept as custom fields: %1</source>
      <translation>已保留为自定义字段：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="490" />
      <source>Ignored columns: %1</source>
      <translation>已忽略的列：%1</translation>
    </message>
  </context>
  <context>
    <name>ItemBasics</name>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="89" />
      <source>Pick a channel, or type a new name to add one.</source>
      <translation>选择一个渠道，或输入新名称来添加。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="93" />
      <source>Pick a format, or type your own.</source>
      <translation>选择一种形式，或自行输入。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="95" />
      <source>Title:</source>
      <translation>标题：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="96" />
      <source>Channel:</source>
      <translation>渠道：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="97" />
      <source>Pillar:</source>
      <translation>内容支柱：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="98" />
      <source>Format:</source>
      <translation>形式：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="99" />
      <source>Owner:</source>
      <translation>负责人：</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="122" />
      <source>No channel</source>
      <translation>未指定渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="130" />
      <source>No pillar</source>
      <translation>未分类</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="143" />
      <source>Enter a title.</source>
      <translation>请输入标题。</translation>
    </message>
    <message>
      <location filename="../../app/views/content_item_dialog.py" line="159" />
      <source>Enter a format.</source>
      <translation>请输入形式。</translation>
    </message>
  </context>
  <context>
    <name>KolPanel</name>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="220" />
      <source>Cohort month:</source>
      <translation>入选月份：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="225" />
      <source>Top:</source>
      <translation>显示前：</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="234" />
      <source>Accept into KOL cohort</source>
      <translation>选入 KOL 名单</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="240" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="240" />
      <source>Messages</source>
      <translation>消息数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="240" />
      <source>Long posts</source>
      <translation>长帖数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="241" />
      <source>Events attended</source>
      <translation>参加活动次数</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="241" />
      <source>Score</source>
      <translation>评分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="248" />
      <source>KOL cohort (messages / events attended per month since acceptance)</source>
      <translation>KOL 名单（入选后每月的消息数 / 参加活动次数）</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="278" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="278" />
      <source>Score at acceptance</source>
      <translation>入选时评分</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="278" />
      <source>Accepted by</source>
      <translation>入选人</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="287" />
      <source>%1 messages, %2 long posts, %3 events attended</source>
      <translation>%1 条消息，%2 篇长帖，参加 %3 次活动</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="314" />
      <source>Accepted %1 into the %2 cohort.</source>
      <translation>已将 %1 人选入 %2 期 KOL 名单。</translation>
    </message>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="316" />
      <source>%1 already in it.</source>
      <translation>%1 人已在名单中。</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
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
      <location filename="../../app/views/gui.py" line="73" />
      <source>Create a new community file?</source>
      <translation>新建社群文件？</translation>
    </message>
    <message>
      <location filename="../../app/views/gui.py" line="74" />
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
      <location filename="../../app/views/main_window.py" line="132" />
      <source>Operator &amp;name…</source>
      <translation>运营者姓名(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="134" />
      <source>&amp;Lifecycle settings…</source>
      <translation>生命周期设置(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="136" />
      <source>Tier ladder, points, RFM, churn and KOL thresholds, rewards</source>
      <translation>等级体系、积分、RFM、流失预警与 KOL 阈值、奖励</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="139" />
      <source>&amp;Content settings…</source>
      <translation>内容设置(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="141" />
      <source>Channels and their cadence, pillars and their target mix, hot-topic response times</source>
      <translation>渠道及发布节奏、内容支柱及目标配比、热点话题响应时限</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="144" />
      <source>&amp;Moderation settings…</source>
      <translation>审核设置(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="146" />
      <source>Deadlines (SLA) per alert level, credit moves per action, categories, community rules</source>
      <translation>各预警等级的处理时限（SLA）、各处理方式的信用分变动、违规类别、社群规则</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="149" />
      <source>Dashboard targets &amp;&amp; time zone…</source>
      <translation>数据看板目标与时区…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="151" />
      <source>KPI targets on the dashboard, and the time zone its days are counted in</source>
      <translation>数据看板上的 KPI 目标，以及统计天数所依据的时区</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="154" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="156" />
      <source>&amp;History…</source>
      <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="158" />
      <source>Who changed what and when; restore an old value</source>
      <translation>谁在何时改了什么；可恢复旧值</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="160" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="161" />
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="184" />
      <source>no file open</source>
      <translation>未打开文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="186" />
      <source>%1 (read-only)</source>
      <translation>%1（只读）</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="194" />
      <source>No community file is open</source>
      <translation>未打开社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="196" />
      <source>Operator: %1</source>
      <translation>运营者：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="215" />
      <source>Updated with %1's changes</source>
      <translation>已同步 %1 的修改</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="216" />
      <source>Updated with a teammate's changes</source>
      <translation>已同步同事的修改</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="238" />
      <source>Cannot open the community file</source>
      <translation>无法打开社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="295" />
      <source>Community Desk</source>
      <translation>社群运营工作台</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="298" />
      <source>Community Desk files (*%1 *.db *.sqlite);;All files (*)</source>
      <translation>社群运营工作台文件 (*%1 *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="304" />
      <source>New community file</source>
      <translation>新建社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="312" />
      <source>Cannot create the community file</source>
      <translation>无法创建社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="313" />
      <source>%1 already exists. Choose a new name, or use Open.</source>
      <translation>%1 已存在。请换一个文件名，或使用“打开”。</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="318" />
      <source>Open community file</source>
      <translation>打开社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="375" />
      <source>Saved. Recompute to apply.</source>
      <translation>已保存。重新计算后生效。</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="451" />
      <source>About %1</source>
      <translation>关于 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="452" />
      <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;社群运营工作台 — a workstation for community operators.&lt;/p&gt;&lt;p&gt;Chinese text uses Noto Sans CJK SC (SIL Open Font License 1.1).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;社群运营工作台 — 为社群运营者打造的工作台。&lt;/p&gt;&lt;p&gt;中文文字使用 Noto Sans CJK SC 字体（SIL Open Font License 1.1）。&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../app/views/import_wizard.py" line="330" />
      <source>Match the columns</source>
      <translation>设置列对应</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="331" />
      <source>Choose what each column holds. Columns that are not member fields can be kept as custom fields or ignored.</source>
      <translation>选择每一列对应的内容。不属于成员字段的列可以保留为自定义字段，也可以忽略。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="337" />
      <source>Column in the file</source>
      <translation>文件中的列</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="337" />
      <source>Sample value</source>
      <translation>示例值</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="338" />
      <source>Import as</source>
      <translation>导入为</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="380" />
      <source>Keep as custom field</source>
      <translation>保留为自定义字段</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="381" />
      <source>Ignore</source>
      <translation>忽略</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="421" />
      <source>%1 is chosen for more than one column (%2). Choose it for one column only.</source>
      <translation>%1 对应了多列（%2），只能对应一列。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="424" />
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
      <location filename="../../app/views/member_lifecycle_panel.py" line="30" />
      <source>earned</source>
      <translation>获得</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="31" />
      <source>spent</source>
      <translation>消耗</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="32" />
      <source>correction</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="36" />
      <source>poor</source>
      <translation>较差</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="37" />
      <source>fair</source>
      <translation>中等</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="38" />
      <source>good</source>
      <translation>良好</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="39" />
      <source>very good</source>
      <translation>优秀</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="40" />
      <source>excellent</source>
      <translation>极好</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="114" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="127" />
      <source>Current tier:</source>
      <translation>当前等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="128" />
      <source>Since:</source>
      <translation>起始时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="129" />
      <source>Pending demotion:</source>
      <translation>待降级：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="130" />
      <source>Manual tier:</source>
      <translation>手动等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="133" />
      <source>Why this tier</source>
      <translation>定级依据</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="134" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="134" />
      <source>Value</source>
      <translation>当前值</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="134" />
      <source>Needed</source>
      <translation>要求</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="135" />
      <source>✓/✗</source>
      <translation>✓/✗</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="137" />
      <source>No tier ladder is configured, so there are no rules to check.</source>
      <translation>尚未配置等级体系，没有可核对的规则。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="146" />
      <source>Reason (required), e.g. event volunteer</source>
      <translation>原因（必填），如：活动志愿者</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="147" />
      <source>Set manual tier</source>
      <translation>手动设定等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="150" />
      <source>Clear manual tier</source>
      <translation>清除手动等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="159" />
      <source>Tier history</source>
      <translation>等级变动记录</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="160" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="160" />
      <source>From</source>
      <translation>原等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="160" />
      <source>To</source>
      <translation>新等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="161" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="161" />
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="166" />
      <source>RFM</source>
      <translation>RFM</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="176" />
      <source>Scores:</source>
      <translation>评分：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="177" />
      <source>Segment:</source>
      <translation>分层：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="178" />
      <source>Figures:</source>
      <translation>数据：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="182" />
      <source>Points (积分)</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="188" />
      <source>Change</source>
      <translation>变动</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="189" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="198" />
      <source>Redeem reward</source>
      <translation>兑换奖励</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="209" />
      <source>Points to add (positive) or take away (negative)</source>
      <translation>要增加（正数）或扣减（负数）的积分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="212" />
      <source>Reason for the correction (required)</source>
      <translation>调整原因（必填）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="213" />
      <source>Add correction</source>
      <translation>添加调整</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="223" />
      <source>Credit (信用分)</source>
      <translation>信用分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="233" />
      <source>Score:</source>
      <translation>分数：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="234" />
      <source>Level:</source>
      <translation>信用等级：</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="239" />
      <source>Churn</source>
      <translation>流失预警</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="249" />
      <source>Recall action, e.g. private message + event invitation</source>
      <translation>召回方式，如：私信 + 活动邀请</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="250" />
      <source>Log recall</source>
      <translation>记录召回</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="279" />
      <source>Cannot show the lifecycle: %1</source>
      <translation>无法显示生命周期：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="291" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="292" />
      <source>(no tier)</source>
      <translation>（未定级）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="293" />
      <source>not recorded</source>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="294" />
      <source>on %1 if the rules still fail</source>
      <translation>若届时仍未达标，将于 %1 降级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="297" />
      <source>%1 — %2 (set by %3 at %4)</source>
      <translation>%1 — %2（由 %3 于 %4 设定）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="300" />
      <source>— applies at the next recompute</source>
      <translation>— 下次重新计算时生效</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="303" />
      <source>none (the rules decide)</source>
      <translation>无（按规则定级）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="310" />
      <source>passed</source>
      <translation>已达标</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="310" />
      <source>not met</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="335" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="342" />
      <source>not scored yet — run Recompute</source>
      <translation>尚未评分 — 请运行重新计算</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="346" />
      <source>R %1 · F %2 · M %3 (of 5)</source>
      <translation>R %1 · F %2 · M %3（满分 5）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="349" />
      <source>last active %1 days ago · %2 actions and ¥%3 spent in %4 days · scored %5</source>
      <translation>最近活跃：%1 天前 · 近 %4 天行为 %2 次、消费 ¥%3 · 评分时间 %5</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="353" />
      <source>Balance: %1 points</source>
      <translation>余额：%1 积分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="360" />
      <source>Showing the latest %1 of %2 entries.</source>
      <translation>显示最近 %1 条，共 %2 条。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="367" />
      <source>%1 — %2 points</source>
      <translation>%1 — %2 积分</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="376" />
      <source>No scored events yet: the starting score.</source>
      <translation>暂无计分记录：当前为初始分。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="382" />
      <source>No open churn flag.</source>
      <translation>当前无流失预警。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="384" />
      <source>At risk since %1: %2</source>
      <translation>自 %1 起流失预警：%2</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="386" />
      <source>Recall logged: %1 (%2, %3)</source>
      <translation>已记录召回：%1（%2，%3）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="394" />
      <source>No recall logged.</source>
      <translation>暂无召回记录。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="397" />
      <source>came back (settled %1)</source>
      <translation>已回归（%1 确认）</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="399" />
      <source>did not come back</source>
      <translation>未回归</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="401" />
      <source>active since the recall — settled by the next recompute</source>
      <translation>召回后已有活跃 — 下次重新计算时确认</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="403" />
      <source>no activity since the recall yet</source>
      <translation>召回后暂无活跃</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="404" />
      <source>Latest recall: %1 on %2 by %3 — %4</source>
      <translation>最近一次召回：%1（%3，%2）— %4</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="417" />
      <source>Choose the tier to set.</source>
      <translation>请选择要设定的等级。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="420" />
      <source>Type a reason for the manual tier.</source>
      <translation>请填写手动定级的原因。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="429" />
      <source>Manual tier %1 set; it applies at the next recompute.</source>
      <translation>已手动设定等级 %1，下次重新计算时生效。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="437" />
      <source>Manual tier cleared; the rules decide from the next recompute.</source>
      <translation>已清除手动等级，下次重新计算起按规则定级。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="442" />
      <source>Choose a reward.</source>
      <translation>请选择奖励。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="451" />
      <source>Not redeemed: %1 costs %2 points and the balance is %3.</source>
      <translation>未兑换：%1 需要 %2 积分，当前余额为 %3。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="455" />
      <source>Redeemed %1; %2 points left.</source>
      <translation>已兑换 %1，剩余 %2 积分。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="461" />
      <source>A correction needs a number of points other than 0.</source>
      <translation>调整的积分数不能为 0。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="464" />
      <source>Type a reason for the correction.</source>
      <translation>请填写调整原因。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="473" />
      <source>Not corrected: the balance is %1, so %2 would make it negative.</source>
      <translation>未调整：当前余额为 %1，调整 %2 会使余额变为负数。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="480" />
      <source>Correction of %1 points recorded; balance %2.</source>
      <translation>已记录 %1 积分的调整，余额 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="485" />
      <source>Describe the recall action first.</source>
      <translation>请先填写召回方式。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_lifecycle_panel.py" line="495" />
      <source>Recall logged.</source>
      <translation>已记录召回。</translation>
    </message>
  </context>
  <context>
    <name>MemberPicker</name>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="116" />
      <source>member #%1</source>
      <translation>成员 #%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_case_dialog.py" line="146" />
      <source>No member matches.</source>
      <translation>没有匹配的成员。</translation>
    </message>
  </context>
  <context>
    <name>MemberTableModel</name>
    <message>
      <location filename="../../app/views/member_table_model.py" line="67" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="68" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="69" />
      <source>Nickname</source>
      <translation>昵称</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="70" />
      <source>Phone</source>
      <translation>手机号</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="71" />
      <source>WeChat ID</source>
      <translation>微信号</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="72" />
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="73" />
      <source>Joined</source>
      <translation>入群日期</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="74" />
      <source>Sub-communities</source>
      <translation>所属子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="75" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="76" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="77" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="78" />
      <source>Segment</source>
      <translation>RFM 分层</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="79" />
      <source>Roles</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="80" />
      <source>Source channel</source>
      <translation>来源渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="81" />
      <source>Last changed</source>
      <translation>最后修改时间</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="82" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="83" />
      <source>Platform identities</source>
      <translation>平台身份</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="84" />
      <source>Changed by</source>
      <translation>修改人</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="107" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="484" />
      <source>Reading members from the file failed.</source>
      <translation>从文件读取成员失败。</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="486" />
      <source>The community file is busy (someone is writing a large change). Press Refresh to read the rows again.</source>
      <translation>社群文件正忙（有人正在写入大量修改）。点击“刷新”重新读取。</translation>
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message>
      <location filename="../../app/views/tabs/members.py" line="107" />
      <source>Roster</source>
      <translation>成员名单</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="108" />
      <source>At risk</source>
      <translation>流失预警</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="109" />
      <source>KOL shortlist (星火计划)</source>
      <translation>KOL 候选名单（星火计划）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="137" />
      <source>Search name, nickname, phone, WeChat, email, handle</source>
      <translation>搜索姓名、昵称、手机号、微信号、邮箱、账号</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="168" />
      <source>All sub-communities</source>
      <translation>全部子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="169" />
      <source>All tiers</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="170" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="173" />
      <source>All roles</source>
      <translation>全部角色</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="176" />
      <source>All tags</source>
      <translation>全部标签</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="177" />
      <source>All segments</source>
      <translation>全部 RFM 分层</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="180" />
      <source>Not scored</source>
      <translation>未评分</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="181" />
      <source>RFM segment from the last lifecycle recompute</source>
      <translation>最近一次重新计算生命周期得出的 RFM 分层</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="183" />
      <source>Joined from</source>
      <translation>入群日期从</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="185" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="186" />
      <source>Show deleted</source>
      <translation>显示已删除</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="188" />
      <source>Deleted members stay recoverable here; select them and press Restore.</source>
      <translation>已删除的成员可在此找回：选中后点击“恢复”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="199" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="200" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="201" />
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="204" />
      <source>Bulk actions</source>
      <translation>批量操作</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="208" />
      <source>Add tag…</source>
      <translation>添加标签…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="210" />
      <source>Remove tag…</source>
      <translation>移除标签…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="212" />
      <source>Move to sub-community…</source>
      <translation>移至子社群…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="214" />
      <source>Set status…</source>
      <translation>设置状态…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="217" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="218" />
      <source>Read the roster (and the at-risk and KOL views) again from the file (F5)</source>
      <translation>从文件重新读取成员名单（及流失预警、KOL 视图）（F5）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="221" />
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="222" />
      <source>Import members from a CSV or Excel file</source>
      <translation>从 CSV 或 Excel 文件导入成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="223" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="224" />
      <source>Export the members shown (search, filters and sort order) to Excel or CSV</source>
      <translation>将当前显示的成员（按搜索、筛选条件和排序）导出为 Excel 或 CSV</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="269" />
      <source>Cancel export</source>
      <translation>取消导出</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="273" />
      <source>Cancelling the export…</source>
      <translation>正在取消导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="290" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="291" />
      <source>Stop the recompute; nothing is changed</source>
      <translation>停止重新计算，不做任何更改</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="294" />
      <source>Recompute lifecycle</source>
      <translation>重新计算生命周期</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="295" />
      <source>Award points and recompute RFM segments, tiers and churn flags from the imported activity</source>
      <translation>根据已导入的行为记录发放积分，并重新计算 RFM 分层、等级和流失预警</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="429" />
      <source>No community file is open</source>
      <translation>未打开社群文件</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="433" />
      <source>Counting…</source>
      <translation>正在统计…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="435" />
      <source>%1 deleted members (recoverable)</source>
      <translation>已删除 %1 名成员（可恢复）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="437" />
      <source>%1 members</source>
      <translation>共 %1 名成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="439" />
      <source>%1 of %2 members</source>
      <translation>%1 / %2 名成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="443" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="444" />
      <source>Put the selected members back on the roster</source>
      <translation>将所选成员恢复到成员名单</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="447" />
      <source>Move the selected members to the deleted view (recoverable)</source>
      <translation>将所选成员移到已删除视图（可恢复）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="494" />
      <source>The roster cannot be sorted by %1.</source>
      <translation>成员名单无法按“%1”排序。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="582" />
      <source>That row is still loading; try again in a moment.</source>
      <translation>该行仍在加载，请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="609" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="694" />
      <source>Recomputing points, RFM segments, tiers and churn flags…</source>
      <translation>正在重新计算积分、RFM 分层、等级和流失预警…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="701" />
      <source>Cancelling the recompute…</source>
      <translation>正在取消重新计算…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="712" />
      <source>Lifecycle recomputed (as of %1):</source>
      <translation>生命周期已重新计算（截至 %1）：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="719" />
      <source>Recompute cancelled; nothing was changed.</source>
      <translation>已取消重新计算，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="725" />
      <source>The recompute failed; nothing was changed.</source>
      <translation>重新计算失败，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="729" />
      <source>The recompute failed; nothing was changed.

%1</source>
      <translation>重新计算失败，未做任何更改。

%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="750" />
      <source>%1 members are too many for one change in this SQLite build; select fewer (for example one sub-community or tag at a time). Nothing was changed.</source>
      <translation>当前 SQLite 版本无法一次修改 %1 名成员，请减少所选数量（例如每次只选一个子社群或一个标签）。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="777" />
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="786" />
      <source>Restored %1 members.</source>
      <translation>已恢复 %1 名成员。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="790" />
      <source>Delete members</source>
      <translation>删除成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="791" />
      <source>Delete %1 selected members?

They move to the deleted view (Show deleted) and can be restored from there.</source>
      <translation>删除所选的 %1 名成员？

这些成员将移到已删除视图（显示已删除），之后可在那里恢复。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="796" />
      <source>Deleted %1 members (recoverable under Show deleted).</source>
      <translation>已删除 %1 名成员（可在“显示已删除”中恢复）。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="801" />
      <source>There is nothing to choose from yet.</source>
      <translation>暂无可选项。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="816" />
      <source>Add tag</source>
      <translation>添加标签</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="816" />
      <source>Tag to add to %1 members:</source>
      <translation>要为 %1 名成员添加的标签：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="818" />
      <source>Remove tag</source>
      <translation>移除标签</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="818" />
      <source>Tag to remove from %1 members:</source>
      <translation>要从 %1 名成员移除的标签：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="822" />
      <source>Tag %1 added to %2 members.</source>
      <translation>已为 %2 名成员添加标签“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="822" />
      <source>Tag %1 removed from %2 members.</source>
      <translation>已从 %2 名成员移除标签“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="828" />
      <source>Move to sub-community</source>
      <translation>移至子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="829" />
      <source>Move %1 members into (they leave their other sub-communities):</source>
      <translation>将 %1 名成员移至（同时退出其他子社群）：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="833" />
      <source>%1 members moved to %2.</source>
      <translation>已将 %1 名成员移至 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="839" />
      <source>Set status</source>
      <translation>设置状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="839" />
      <source>New status for %1 members:</source>
      <translation>%1 名成员的新状态：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="843" />
      <source>Status set to %1 for %2 members.</source>
      <translation>已将 %2 名成员的状态设为“%1”。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="849" />
      <source>Last changed (UTC)</source>
      <translation>最后修改时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="856" />
      <source>Export members</source>
      <translation>导出成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="857" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="857" />
      <source>CSV file (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="868" />
      <source>Exported %1 members to %2.</source>
      <translation>已将 %1 名成员导出到 %2。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/members.py" line="881" />
      <source>Members</source>
      <translation>成员</translation>
    </message>
  </context>
  <context>
    <name>ModerationLogPanel</name>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="61" />
      <source>Range:</source>
      <translation>范围：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="65" />
      <source>All time</source>
      <translation>全部时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="65" />
      <source>Last %1 days</source>
      <translation>近 %1 天</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="72" />
      <source>Figures</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="78" />
      <source>Median time to decision:</source>
      <translation>处理时长中位数：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="80" />
      <source>SLA breached:</source>
      <translation>超时率(SLA)：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="82" />
      <source>Now:</source>
      <translation>当前：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="84" />
      <source>In the range:</source>
      <translation>所选范围内：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="90" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="90" />
      <source>Cases</source>
      <translation>工单数</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="91" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="91" />
      <source>Credit moved</source>
      <translation>信用分变动</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="92" />
      <source>Members with two or more decisions against them in the range; double-click to open their newest case.</source>
      <translation>所选范围内被判定违规两次及以上的成员；双击可打开其最新工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="95" />
      <source>Cases by category</source>
      <translation>各类别工单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="96" />
      <source>Repeat offenders</source>
      <translation>屡次违规成员</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="99" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="99" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="99" />
      <source>Case</source>
      <translation>工单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="100" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="100" />
      <source>Action</source>
      <translation>处理措施</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="100" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="101" />
      <source>Double-click a row to open its case.</source>
      <translation>双击某行可打开对应工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="103" />
      <source>Moderation log</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="152" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="156" />
      <source>%1 open · %2 overdue</source>
      <translation>待处理 %1 · 已超时 %2</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="158" />
      <source>%1 cases opened · %2 decided</source>
      <translation>新增工单 %1 · 已处理 %2</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="169" />
      <source>member #%1</source>
      <translation>成员 #%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_log_panel.py" line="198" />
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
      <location filename="../../app/views/tabs/moderation.py" line="70" />
      <source>Queue</source>
      <translation>待处理队列</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="73" />
      <source>Log &amp;&amp; figures</source>
      <translation>处理记录与统计</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="105" />
      <source>Open</source>
      <translation>未结案</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="106" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="112" />
      <source>All levels</source>
      <translation>全部预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="120" />
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="129" />
      <source>New case…</source>
      <translation>新建工单…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="130" />
      <source>A member's report or your own observation.</source>
      <translation>成员的举报，或你自己发现的问题。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="131" />
      <source>Scan messages</source>
      <translation>扫描消息</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="132" />
      <source>Scan the imported chat messages not scanned yet for sensitive words.</source>
      <translation>扫描尚未扫描过的已导入聊天消息，检查其中的敏感词。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="137" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="139" />
      <source>Sensitive words…</source>
      <translation>敏感词…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="140" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="141" />
      <source>Deadlines (SLA) per level, credit moves, categories, community rules</source>
      <translation>各预警等级的处理时限（SLA）、信用分变动、类别、社群规则</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="142" />
      <source>Decide selected…</source>
      <translation>处理所选…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="143" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="144" />
      <source>The queue as shown (these filters, this order) to Excel or CSV</source>
      <translation>将当前显示的队列（当前的筛选和排序）导出为 Excel 或 CSV</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="237" />
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="239" />
      <source>All assignees</source>
      <translation>全部负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="239" />
      <source>Me</source>
      <translation>我</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="240" />
      <source>Unassigned</source>
      <translation>未分配</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="284" />
      <source>%1 open · %2 overdue</source>
      <translation>未结案 %1 · 超时 %2</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="292" />
      <source>No cases match these filters.</source>
      <translation>没有符合筛选条件的工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="292" />
      <source>No cases yet. Cases arrive three ways: a report a member sends you and an operator's own observation (New case…), and sensitive-word hits when you scan imported chat messages (Scan messages; set up the words first with Sensitive words…).</source>
      <translation>还没有工单。工单有三种来源：成员向你发来的举报、运营者自己发现的问题（新建工单…），以及扫描已导入聊天消息时命中的敏感词（扫描消息；请先通过“敏感词…”设置词库）。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="375" />
      <source>This case is already yours.</source>
      <translation>此工单已由你负责。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="377" />
      <source>That does not apply to a case that is %1.</source>
      <translation>该操作不适用于状态为“%1”的工单。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="415" />
      <source>%1 changed case #%2 at %3, before you: it now shows their version. Look again and decide.</source>
      <translation>%1 先于你在 %3 修改了工单 #%2，现在显示的是对方的版本。请重新查看后再处理。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="416" />
      <source>A teammate</source>
      <translation>一位同事</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="419" />
      <source>The community file is busy — %1; nothing was written. Your note is kept: decide again in a moment.</source>
      <translation>社群文件正忙——%1；未写入任何内容。你的备注已保留，请稍后重新处理。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="426" />
      <source>The community file is busy (a teammate is saving a large change); nothing was written. Try again in a moment.</source>
      <translation>社群文件正忙（同事正在保存大量修改）；未写入任何内容。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="460" />
      <source>The community file is busy — %1; nothing was decided. Try again in a moment.</source>
      <translation>社群文件正忙——%1；未处理任何工单。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="471" />
      <source>The community file is busy (a teammate is saving a large change); nothing was decided. Try again in a moment.</source>
      <translation>社群文件正忙（同事正在保存大量修改）；未处理任何工单。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="475" />
      <source>Decided %1 of %2.</source>
      <translation>共选 %2 个，已处理 %1 个。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="477" />
      <source>Changed by a teammate meanwhile, left as they are: %1.</source>
      <translation>以下工单在此期间已被同事修改，已保持原样：%1。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="478" />
      <source>#%1 (%2 at %3)</source>
      <translation>#%1（%2 于 %3）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="481" />
      <source>No longer open: %1.</source>
      <translation>已结案，未处理：%1。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="516" />
      <source>Word lists saved. Scan messages to check the messages not scanned yet.</source>
      <translation>词库已保存。点击“扫描消息”检查尚未扫描的消息。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="547" />
      <source>Scanning messages…</source>
      <translation>正在扫描消息…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="560" />
      <source>There are no sensitive words yet: add them with Sensitive words… (or import a word list there), then scan.</source>
      <translation>还没有敏感词：请先通过“敏感词…”添加（也可在那里导入词库），然后再扫描。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="566" />
      <source>Scanning messages… %1 of %2</source>
      <translation>正在扫描消息… %1 / %2</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="573" />
      <source>Scanned %1 messages: %2 cases opened (%3).</source>
      <translation>已扫描 %1 条消息：新建 %2 个工单（%3）。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="580" />
      <source>The scan stopped and opened nothing: %1</source>
      <translation>扫描已停止，未新建任何工单：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="585" />
      <source>Scan cancelled — nothing was written.</source>
      <translation>扫描已取消，未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="599" />
      <source>Export the case queue</source>
      <translation>导出工单队列</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="607" />
      <source>Cases</source>
      <translation>工单</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/moderation.py" line="631" />
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
      <location filename="../../app/views/operator_dialog.py" line="11" />
      <source>Who is operating?</source>
      <translation>谁在操作？</translation>
    </message>
    <message>
      <location filename="../../app/views/operator_dialog.py" line="13" />
      <source>Your name is shown to teammates and recorded with every change you make.</source>
      <translation>你的名字会显示给同事，并记录在你的每一项修改中。</translation>
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
      <location filename="../../app/views/content_panels.py" line="115" />
      <source>%1: %2 items, %3% planned, target %4%</source>
      <translation>%1：%2 条，计划占比 %3%，目标 %4%</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="129" />
      <source>%1% / %2%</source>
      <translation>%1% / %2%</translation>
    </message>
    <message>
      <location filename="../../app/views/content_panels.py" line="131" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
  </context>
  <context>
    <name>Presence</name>
    <message>
      <location filename="../../app/views/presence.py" line="15" />
      <source>someone</source>
      <translation>某人</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="16" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="21" />
      <source>Only you</source>
      <translation>仅你一人</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="22" />
      <source>Also here: %1</source>
      <translation>同时在用：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="22" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="27" />
      <source>Nobody else has this file open.</source>
      <translation>没有其他人打开此文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="28" />
      <source>%1 — on %2 since %3</source>
      <translation>%1 — 在 %2 上，自 %3 起</translation>
    </message>
    <message>
      <location filename="../../app/views/presence.py" line="30" />
      <source>Also working in this file:</source>
      <translation>同时在使用此文件的人：</translation>
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
    <name>ReportsTab</name>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="80" />
      <source>Operations report</source>
      <translation>运营报告</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="86" />
      <source>One Excel workbook for managers: the KPIs against the previous period and the targets, members, content, activities, moderation, and how each figure is computed. It opens in Excel, WPS and LibreOffice without this app.</source>
      <translation>一份给管理层看的 Excel 工作簿：核心指标与上期及目标的对比，成员、内容、活动、审核数据，以及各项指标的计算方法。无需本应用，用 Excel、WPS 或 LibreOffice 即可打开。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="91" />
      <source>Open a community file (File ▸ Open…) to build a report from it.</source>
      <translation>请先打开社群文件（文件 ▸ 打开…），再生成报告。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="111" />
      <source>Whole community</source>
      <translation>全体成员</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="115" />
      <source>Sub-community:</source>
      <translation>子社群：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="127" />
      <source>Mask phone numbers, WeChat IDs and emails</source>
      <translation>对手机号、微信号和邮箱脱敏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="130" />
      <source>Phone numbers appear as 138****5678; WeChat IDs and emails partly</source>
      <translation>手机号显示为 138****5678；微信号和邮箱部分隐藏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="132" />
      <source>⚠ Full contact details go into the file, and the export is recorded in the change log with your name.</source>
      <translation>⚠ 完整联系方式将写入文件，本次导出会以你的名字记入变更日志。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="142" />
      <source>What the workbook will hold</source>
      <translation>工作簿内容预览</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="158" />
      <source>Period:</source>
      <translation>统计周期：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="159" />
      <source>Scope:</source>
      <translation>统计范围：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="160" />
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="161" />
      <source>The report follows the app's language</source>
      <translation>报告语言与应用界面语言一致</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="162" />
      <source>Contact details:</source>
      <translation>联系方式：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="172" />
      <source>Sheets</source>
      <translation>工作表</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="174" />
      <source>Headline figures</source>
      <translation>核心指标</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="199" />
      <source>Sheet</source>
      <translation>工作表</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="199" />
      <source>Rows</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="226" />
      <source>Generate…</source>
      <translation>生成…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="227" />
      <source>Choose where to save the workbook, then write it</source>
      <translation>选择工作簿的保存位置，然后生成</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="229" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="230" />
      <source>Writing the report to %1…</source>
      <translation>正在将报告写入 %1…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="231" />
      <source>Report cancelled; no file was written.</source>
      <translation>已取消生成报告，未写入任何文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="232" />
      <source>The report was not written.</source>
      <translation>报告未生成。</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="235" />
      <source>Stop writing; no file is left behind</source>
      <translation>停止写入，不会留下任何文件</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="237" />
      <source>Cancelling the report…</source>
      <translation>正在取消生成报告…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="244" />
      <source>Open the file</source>
      <translation>打开文件</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="245" />
      <source>Show in folder</source>
      <translation>在文件夹中显示</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="338" />
      <source>Computing the preview…</source>
      <translation>正在计算预览…</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="401" />
      <source>%1 (the app's language)</source>
      <translation>%1（应用界面语言）</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="403" />
      <source>masked</source>
      <translation>已脱敏</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="404" />
      <source>in full</source>
      <translation>完整显示</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="421" />
      <source>%1:</source>
      <translation>%1：</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="449" />
      <source>Save the operations report</source>
      <translation>保存运营报告</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="450" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/tabs/reports.py" line="470" />
      <source>Report written to %1 (%2 sheets).</source>
      <translation>报告已写入 %1（共 %2 个工作表）。</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="37" />
      <source>Restore from a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="42" />
      <source>Replace the contents of %1 with a backup. A backup of the current contents is taken first, so a restore can itself be undone. Everyone who has the file open sees the restored contents.</source>
      <translation>用备份替换 %1 的内容。恢复前会先备份当前内容，因此恢复操作本身也可以撤销。所有打开此文件的人都会看到恢复后的内容。</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="49" />
      <source>Taken</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="49" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="49" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="56" />
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="66" />
      <source>No backups of this file on this computer yet. Choose a backup file instead.</source>
      <translation>此电脑上还没有这个文件的备份。请改为选择备份文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="70" />
      <source>Other backup file…</source>
      <translation>其他备份文件…</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="72" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="93" />
      <source>the backup of %1</source>
      <translation>%1 的备份</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="96" />
      <source>Choose a backup file</source>
      <translation>选择备份文件</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="97" />
      <source>Community Desk backups (*.sqlite *.cdesk *.db);;All files (*)</source>
      <translation>社群运营工作台备份 (*.sqlite *.cdesk *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="103" />
      <source>Replace the contents of %1 with %2?</source>
      <translation>用%2替换 %1 的内容吗？</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="106" />
      <source>Changes made after that backup are replaced for everyone who uses the file. The current contents are backed up first.</source>
      <translation>该备份之后所做的修改将被替换，所有使用此文件的人都会受影响。恢复前会先备份当前内容。</translation>
    </message>
  </context>
  <context>
    <name>ResultsPanel</name>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="25" />
      <source>Figures</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="28" />
      <source>Registered:</source>
      <translation>报名：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="28" />
      <source>Attended:</source>
      <translation>到场：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="29" />
      <source>Participation rate:</source>
      <translation>参与率：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="30" />
      <source>No-shows:</source>
      <translation>未到场：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="30" />
      <source>Walk-ins:</source>
      <translation>现场参与（未报名）：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="31" />
      <source>Conversions:</source>
      <translation>转化：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="31" />
      <source>Conversion rate:</source>
      <translation>转化率：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="32" />
      <source>Cost:</source>
      <translation>费用：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="32" />
      <source>Cost per attendee:</source>
      <translation>人均成本：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="33" />
      <source>Returning attendees:</source>
      <translation>老成员到场：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="33" />
      <source>First-time attendees:</source>
      <translation>首次到场：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="45" />
      <source>Invited tiers</source>
      <translation>邀请等级</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="49" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="49" />
      <source>Members</source>
      <translation>成员数</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="49" />
      <source>Registered</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="50" />
      <source>Attended</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="50" />
      <source>Show-up</source>
      <translation>到场率</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="54" />
      <source>No tiers were invited (edit the activity to choose them).</source>
      <translation>未邀请任何等级（编辑活动即可选择）。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="73" />
      <source>¥%1 (%2)</source>
      <translation>¥%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="73" />
      <source>spent</source>
      <translation>实际</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="73" />
      <source>planned</source>
      <translation>计划</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="83" />
      <source>registrations</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="83" />
      <source>attendance</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="84" />
      <source>conversions</source>
      <translation>转化</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="85" />
      <source>&lt;span style="color:%1"&gt;%2: %3 of %4 %5&lt;/span&gt;</source>
      <translation>&lt;span style="color:%1"&gt;%2：%3 / %4 %5&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="88" />
      <source>Goals: </source>
      <translation>目标：</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_results_panel.py" line="88" />
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
      <location filename="../../app/views/import_wizard.py" line="647" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="648" />
      <source>The members are written in one step: a cancelled import changes nothing.</source>
      <translation>成员会一次性写入：取消导入不会做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="657" />
      <source>Cancel import</source>
      <translation>取消导入</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="701" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="720" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="731" />
      <source>Importing… %1 rows read</source>
      <translation>正在导入… 已读取 %1 行</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="740" />
      <source>The import is complete.</source>
      <translation>导入完成。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="744" />
      <source>The invalid rows were written to %1</source>
      <translation>无效行已写入 %1</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="756" />
      <source>Cancelled — nothing was written.</source>
      <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/views/import_wizard.py" line="762" />
      <source>The import failed: %1</source>
      <translation>导入失败：%1</translation>
    </message>
  </context>
  <context>
    <name>SeriesDialog</name>
    <message>
      <location filename="../../app/views/series_dialog.py" line="46" />
      <source>New recurring series</source>
      <translation>新建重复系列</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="62" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="63" />
      <source>Duration:</source>
      <translation>时长：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="67" />
      <source>Daily</source>
      <translation>每天</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="67" />
      <source>Weekly</source>
      <translation>每周</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="67" />
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="71" />
      <source>Repeat:</source>
      <translation>重复：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="75" />
      <source>Every:</source>
      <translation>每：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="88" />
      <source>On:</source>
      <translation>星期：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="92" />
      <source>Months without this day are skipped.</source>
      <translation>没有这一天的月份将跳过。</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="93" />
      <source>Day of the month:</source>
      <translation>每月第几天：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="100" />
      <source>At:</source>
      <translation>时间：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="103" />
      <source>First day:</source>
      <translation>开始日期：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="104" />
      <source>Until</source>
      <translation>截止到</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="107" />
      <source>At most</source>
      <translation>最多</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="113" />
      <source> times</source>
      <translation> 次</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="121" />
      <source>Ends:</source>
      <translation>结束：</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="138" />
      <source>Create items</source>
      <translation>创建内容</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="180" />
      <source> day(s)</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="180" />
      <source> week(s)</source>
      <translation> 周</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="181" />
      <source> month(s)</source>
      <translation> 个月</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="188" />
      <source>Cannot create this series: %1.</source>
      <translation>无法创建此系列：%1。</translation>
    </message>
    <message>
      <location filename="../../app/views/series_dialog.py" line="192" />
      <source>%1 — creates %2 item(s).</source>
      <translation>%1 — 将创建 %2 条内容。</translation>
    </message>
  </context>
  <context>
    <name>StorageGuard</name>
    <message>
      <location filename="../../app/views/storage_guard.py" line="47" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="47" />
      <source>Backing up to %1…</source>
      <translation>正在备份到 %1…</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="48" />
      <source>Backup cancelled; nothing was written.</source>
      <translation>已取消备份，未写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="49" />
      <source>The backup failed.</source>
      <translation>备份失败。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="88" />
      <source>%1 is damaged (%2). It is open read-only so nothing more is lost.</source>
      <translation>%1 已损坏（%2）。已以只读方式打开，以免丢失更多数据。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="94" />
      <source>Checking the file</source>
      <translation>正在检查文件</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="96" />
      <source>The daily backup was not taken: %1</source>
      <translation>今日自动备份未完成：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="101" />
      <source>This file is in a synced folder. If two people change it at the same time, the sync service can split it into two copies and one side's changes go missing from the other. For a team, keep the file on a shared network drive; for one person, this is fine.</source>
      <translation>此文件位于同步文件夹中。如果两人同时修改，同步服务可能会把它拆成两个副本，一方的修改在另一方那里就会丢失。团队使用时，请将文件放在网络共享盘上；只有一人使用则没有问题。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="106" />
      <source>This file is on a removable disk. Do not unplug it while Community Desk is open.</source>
      <translation>此文件位于可移动磁盘上。社群运营工作台打开期间请勿拔出。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="111" />
      <source>%1 conflicted copies of this file are in its folder (made by a sync service when two computers changed it at once). Changes in them are not in this file. Open one to compare, then delete it.</source>
      <translation>此文件所在文件夹中有 %1 个冲突副本（两台电脑同时修改时由同步服务生成），其中的修改不在此文件中。请打开副本进行对比，然后将其删除。</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="115" />
      <source>Open a copy…</source>
      <translation>打开副本…</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="118" />
      <source>Open a conflicted copy</source>
      <translation>打开冲突副本</translation>
    </message>
    <message>
      <location filename="../../app/views/storage_guard.py" line="128" />
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
      <location filename="../../app/views/storage_guard.py" line="254" />
      <source>Last backup %1</source>
      <translation>上次备份：%1</translation>
    </message>
  </context>
  <context>
    <name>TasksPanel</name>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="46" />
      <source>Task</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="46" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="46" />
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="57" />
      <source>New task</source>
      <translation>新任务</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="67" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="75" />
      <source>Add the usual checklist</source>
      <translation>添加常用清单</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="77" />
      <source>The standard warm-up, on-the-day and review tasks for this format.</source>
      <translation>此活动形式的标准预热、当天执行和复盘任务。</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="79" />
      <source>Delete task</source>
      <translation>删除任务</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="119" />
      <source>Overdue since %1</source>
      <translation>自 %1 起已逾期</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="152" />
      <source>Tasks</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../app/views/activity_tasks_panel.py" line="170" />
      <source>This task was changed by %1 at %2 while you were editing it.</source>
      <translation>你编辑期间，%1 于 %2 修改了此任务。</translation>
    </message>
  </context>
  <context>
    <name>TimeSlotPanel</name>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="132" />
      <source>Attendance rate (attended ÷ registered) of past activities by the weekday and hour they started. Hover a cell for its figures; grey: no activity at that time.</source>
      <translation>过去活动按开始时间（星期与小时）统计的到场率（到场 ÷ 报名）。鼠标悬停在单元格上可查看数据；灰色表示该时段没有活动。</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="150" />
      <source>Colour: &lt;span style="background:%1"&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; lowest rate … &lt;span style="background:%3;color:white"&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt; highest</source>
      <translation>颜色：&lt;span style="background:%1"&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; 最低 … &lt;span style="background:%3;color:white"&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt; 最高</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="155" />
      <source>Not enough past activities with registrations to compare time slots yet.</source>
      <translation>有报名数据的过去活动还不够，暂时无法比较各时段。</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="158" />
      <source>%1 %2:00 (%3, %4 activities)</source>
      <translation>%1 %2:00（%3，%4 场活动）</translation>
    </message>
    <message>
      <location filename="../../app/views/time_slot_view.py" line="160" />
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
      <location filename="../../app/views/view_export.py" line="139" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/view_export.py" line="140" />
      <source>CSV file (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/views/view_export.py" line="152" />
      <source>Exported %1 rows to %2.</source>
      <translation>已导出 %1 行到 %2。</translation>
    </message>
  </context>
  <context>
    <name>WordListDialog</name>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="62" />
      <source>Sensitive words</source>
      <translation>敏感词</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="74" />
      <source>Words</source>
      <translation>词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="75" />
      <source>Allow-list</source>
      <translation>白名单</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="85" />
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="86" />
      <source>A CSV or Excel file with the columns word, level (red/yellow/blue or 红/黄/蓝, allow for the allow-list) and category.</source>
      <translation>含 word、level（red/yellow/blue 或 红/黄/蓝，白名单填 allow）和 category 列的 CSV 或 Excel 文件。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="88" />
      <source>Reload</source>
      <translation>重新加载</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="89" />
      <source>Read the lists as they are in the file now; your edits here are dropped.</source>
      <translation>按文件中当前的词库重新读取；你在这里做的修改将被丢弃。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="108" />
      <source>Filter words</source>
      <translation>筛选词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="113" />
      <source>Add word</source>
      <translation>添加词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="114" />
      <source>Delete selected</source>
      <translation>删除所选</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="119" />
      <source>Word</source>
      <translation>词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="119" />
      <source>Level</source>
      <translation>预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="119" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="119" />
      <source>Matched as</source>
      <translation>匹配形式</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="139" />
      <source>A word found inside one of these phrases is not reported (a false positive).</source>
      <translation>出现在这些短语中的词不会被报告（用于排除误报）。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="142" />
      <source>Phrase</source>
      <translation>短语</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="148" />
      <source>Add phrase</source>
      <translation>添加短语</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="207" />
      <source>%1 words</source>
      <translation>%1 个词条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="209" />
      <source>%1 allowed phrases</source>
      <translation>%1 个白名单短语</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="218" />
      <source>Import sensitive words</source>
      <translation>导入敏感词</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="219" />
      <source>Word lists (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>词库 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="227" />
      <source>Reading %1…</source>
      <translation>正在读取 %1…</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="241" />
      <source>%1 has %2 bad rows; nothing was imported:</source>
      <translation>%1 中有 %2 行有误，未导入任何内容：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="256" />
      <source>From %1: %2 words added, %3 changed, %4 allowed phrases added. Save to keep them.</source>
      <translation>从 %1 导入：新增 %2 个词条，修改 %3 个，新增 %4 个白名单短语。保存后生效。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="288" />
      <source>%1, row %2: the word is empty.</source>
      <translation>%1，第 %2 行：词条为空。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="290" />
      <source>%1, row %2: “%3” has no letters or digits to match.</source>
      <translation>%1，第 %2 行：“%3”中没有可匹配的字母或数字。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="292" />
      <source>%1, rows %2 and %3 are the same word once normalised (“%4”).</source>
      <translation>%1，第 %2 行与第 %3 行归一化后是同一个词（“%4”）。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="299" />
      <source>… and %1 more</source>
      <translation>…另有 %1 条</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="306" />
      <source>Nothing was saved:</source>
      <translation>未保存：</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="314" />
      <source>Nothing was saved: %1</source>
      <translation>未保存：%1</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="321" />
      <source>%1 saved the word lists at %2 since you opened them; nothing was saved. Reload to see their lists (your edits here are dropped), then make your change again.</source>
      <translation>你打开词库后，%1 于 %2 保存了词库；本次未保存。请重新加载以查看对方的词库（你在这里做的修改将被丢弃），然后重新修改。</translation>
    </message>
    <message>
      <location filename="../../app/views/moderation_words_dialog.py" line="323" />
      <source>Someone</source>
      <translation>他人</translation>
    </message>
  </context>
  <context>
    <name>_Panel</name>
    <message>
      <location filename="../../app/views/lifecycle_lists.py" line="95" />
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
      <location filename="../../app/views/restore_dialog.py" line="16" />
      <source>Daily (automatic)</source>
      <translation>每日（自动）</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="17" />
      <source>Backup now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="18" />
      <source>Before a restore</source>
      <translation>恢复前</translation>
    </message>
    <message>
      <location filename="../../app/views/restore_dialog.py" line="19" />
      <source>Before an upgrade</source>
      <translation>升级前</translation>
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
      <location filename="../../app/views/dialog_parts.py" line="64" />
      <source>%1 is %2</source>
      <translation>%1 正在进行：%2</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="69" />
      <source>%1 has the file open (perhaps saving a large change)</source>
      <translation>%1 正打开此文件（可能正在保存大量修改）</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="70" />
      <source>another program is using it (a backup or sync tool, perhaps)</source>
      <translation>另一个程序正在使用此文件（可能是备份或同步工具）</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="128" />
      <source>Not saved: you stopped the retries. Your edit is kept here; press Save to try again.</source>
      <translation>未保存：你已停止重试。修改仍保留在这里；点击“保存”可再次尝试。</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="167" />
      <source>Not saved: the community file is still busy after %1 seconds — %2. Your edit is kept here; press Save again when the file is free.</source>
      <translation>未保存：等待 %1 秒后社群文件仍被占用——%2。修改仍保留在这里；文件空闲后请再次点击“保存”。</translation>
    </message>
    <message>
      <location filename="../../app/views/dialog_parts.py" line="172" />
      <source>Saving… the file is busy, retrying (%1)</source>
      <translation>正在保存… 文件被占用，正在重试（第 %1 次）</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../app/models/activities.py" line="141" />
      <source>an activity needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="145" />
      <source>an activity needs a format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="154" />
      <source>the activity ends before it starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="160" />
      <source>a budget cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="165" />
      <source>invited tiers are tier names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="250" />
      <source>activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="305" />
      <source>a task needs a title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/activities.py" line="363" />
      <source>a variant needs a label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/content.py" line="100" />
      <source>a channel needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/content.py" line="114" />
      <source>a pillar needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/content.py" line="116" />
      <source>a pillar's target share lies between 0% and 100%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/content.py" line="192" />
      <source>a content item needs a title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/content.py" line="196" />
      <source>a content item needs a format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/content.py" line="198" />
      <source>the duration must be a positive number of minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/content.py" line="318" />
      <source>content_items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/content.py" line="386" />
      <source>a series needs a title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/dashboard_settings.py" line="39" />
      <source>the time zone must be a name such as Asia/Shanghai</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/hot_topics.py" line="39" />
      <source>a hot topic needs a title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/hot_topics.py" line="49" />
      <source>a hot topic needs the time it was noted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="90" />
      <source>tier names must be non-empty and different</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="109" />
      <source>a manual tier needs a reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/lifecycle.py" line="137" />
      <source>reward names must be non-empty and different</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/members.py" line="164" />
      <source>members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="58" />
      <source>categories must be a non-empty list of names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="60" />
      <source>a category is listed twice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="84" />
      <source>a category needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="222" />
      <source>a rule needs a number and a title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="336" />
      <source>a case needs a category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="340" />
      <source>a case needs the message or content excerpt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="342" />
      <source>a case needs the member concerned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="350" />
      <source>a member cannot report themselves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="353" />
      <source>the rule cited no longer exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="437" />
      <source>moderation_cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/models/moderation.py" line="457" />
      <source>a mute needs a number of days (1 or more)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backups.py" line="214" />
      <source>teammates kept writing to the file; the restore changed nothing. Try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/dashboard_periods.py" line="26" />
      <source>choose the first and the last day of the range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/demo.py" line="62" />
      <source>the demo needs at least one member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/demo_activity.py" line="285" />
      <source>demo activity needs at least one day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/hot_topics.py" line="176" />
      <source>hot_topics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="219" />
      <source>a correction needs a non-zero whole number of points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="221" />
      <source>a correction needs a reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/lifecycle.py" line="570" />
      <source>describe the recall action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="44" />
      <source>a recurring series needs a first day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="46" />
      <source>a recurring series needs a local time of day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="56" />
      <source>a recurring series needs an end date or a number of dates (it cannot repeat forever)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recurrence.py" line="58" />
      <source>the end of a recurring series is a day</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <location filename="../../app/views/history_labels.py" line="18" />
      <source>Member</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="19" />
      <source>Content item</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="20" />
      <source>Activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="21" />
      <source>Moderation case</source>
      <translation>审核工单</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="22" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="23" />
      <source>Sub-community</source>
      <translation>子社群</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="24" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="25" />
      <source>Pillar</source>
      <translation>内容支柱</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="26" />
      <source>Recurring series</source>
      <translation>定期系列</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="27" />
      <source>Hot topic</source>
      <translation>热点话题</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="28" />
      <source>Activity task</source>
      <translation>活动任务</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="29" />
      <source>A/B variant</source>
      <translation>A/B 方案</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="30" />
      <source>Community rule</source>
      <translation>社群规则</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="31" />
      <source>Sensitive word</source>
      <translation>敏感词</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="32" />
      <source>Allowed phrase</source>
      <translation>白名单短语</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="33" />
      <source>Tier ladder</source>
      <translation>等级体系</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="34" />
      <source>Member tier</source>
      <translation>成员等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="35" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="36" />
      <source>Churn flag</source>
      <translation>流失预警</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="37" />
      <source>KOL cohort</source>
      <translation>KOL 名单</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="38" />
      <source>Activity data</source>
      <translation>行为记录</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="39" />
      <source>Lifecycle recompute</source>
      <translation>生命周期重新计算</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="40" />
      <source>Report</source>
      <translation>运营报告</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="41" />
      <source>File format</source>
      <translation>文件格式</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="44" />
      <source>Created</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="45" />
      <source>Edited</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="46" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="47" />
      <source>Restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="48" />
      <source>Bulk change</source>
      <translation>批量修改</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="49" />
      <source>Imported</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="50" />
      <source>Rescheduled</source>
      <translation>改期</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="51" />
      <source>Status changed</source>
      <translation>更改状态</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="52" />
      <source>Results recorded</source>
      <translation>录入效果数据</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="53" />
      <source>Registered</source>
      <translation>报名</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="54" />
      <source>Registration removed</source>
      <translation>取消报名</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="55" />
      <source>Attendance</source>
      <translation>到场登记</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="56" />
      <source>Conversion</source>
      <translation>转化</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="57" />
      <source>Claimed</source>
      <translation>认领</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="58" />
      <source>Decided</source>
      <translation>处理</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="59" />
      <source>Dismissed</source>
      <translation>驳回</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="60" />
      <source>Appealed</source>
      <translation>申诉</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="61" />
      <source>Appeal upheld</source>
      <translation>申诉：维持原处理</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="62" />
      <source>Appeal overturned</source>
      <translation>申诉：改判</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="63" />
      <source>Role changed</source>
      <translation>更改角色</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="64" />
      <source>Recomputed</source>
      <translation>重新计算</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="65" />
      <source>Upgraded</source>
      <translation>文件升级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="66" />
      <source>Demo data</source>
      <translation>演示数据</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="67" />
      <source>Responded</source>
      <translation>回应</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="68" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="69" />
      <source>Reopened</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="70" />
      <source>Scanned</source>
      <translation>扫描</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="71" />
      <source>Tier set by hand</source>
      <translation>手动设置等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="72" />
      <source>Tier override cleared</source>
      <translation>清除手动等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="73" />
      <source>Points earned</source>
      <translation>获得积分</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="74" />
      <source>Points spent</source>
      <translation>消耗积分</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="75" />
      <source>Points corrected</source>
      <translation>更正积分</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="78" />
      <source>Moderation settings</source>
      <translation>审核设置</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="79" />
      <source>Content settings</source>
      <translation>内容设置</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="80" />
      <source>Lifecycle settings</source>
      <translation>生命周期设置</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="81" />
      <source>Dashboard targets</source>
      <translation>数据看板目标</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="84" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="85" />
      <source>Body</source>
      <translation>正文</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="86" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="90" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="91" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="92" />
      <source>Planned for</source>
      <translation>计划时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="93" />
      <source>Published at</source>
      <translation>发布时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="94" />
      <source>Duration</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="95" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="96" />
      <source>Deleted at</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="97" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="98" />
      <source>Starts</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="99" />
      <source>Ends</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="100" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="101" />
      <source>Link</source>
      <translation>链接</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="102" />
      <source>Capacity</source>
      <translation>名额</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="103" />
      <source>Planned budget</source>
      <translation>计划预算</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="104" />
      <source>Actual spend</source>
      <translation>实际花费</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="105" />
      <source>Invited tiers</source>
      <translation>邀请等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="106" />
      <source>Review</source>
      <translation>复盘</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="107" />
      <source>Excerpt</source>
      <translation>内容摘录</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="108" />
      <source>Level</source>
      <translation>预警等级</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="109" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="110" />
      <source>Assignee</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="112" />
      <source>Reporter</source>
      <translation>举报人</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="113" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="114" />
      <source>Action</source>
      <translation>处理方式</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="115" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="116" />
      <source>Custom fields</source>
      <translation>自定义字段</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="143" />
      <source>Changed</source>
      <translation>已修改</translation>
    </message>
    <message>
      <location filename="../../app/views/history_labels.py" line="205" />
      <source>%1 more</source>
      <translation>另有 %1 项</translation>
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
      <location filename="../../app/views/member_table_model.py" line="56" />
      <source>KOL</source>
      <translation>KOL</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="57" />
      <source>KOC</source>
      <translation>KOC</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="58" />
      <source>Seed member</source>
      <translation>种子成员</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="59" />
      <source>Admin</source>
      <translation>超级管理员</translation>
    </message>
    <message>
      <location filename="../../app/views/member_table_model.py" line="60" />
      <source>Moderator</source>
      <translation>管理员</translation>
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
</TS>
