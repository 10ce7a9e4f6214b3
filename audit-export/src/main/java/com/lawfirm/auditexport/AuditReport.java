package com.lawfirm.auditexport;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The human-readable side of an export: one HTML page (UTF-8, no scripts, printable) with the matter, whether each
 * history is intact, every event in order with who did it, and what was sent out.
 */
final class AuditReport {

    private AuditReport() {
    }

    record Chain(String service, String aggregateType, String aggregateId, long events, boolean intact, String finding,
                 String file) {
    }

    static String html(JsonNode matter, List<Chain> chains, JsonNode timeline, JsonNode deliveries, String exportedAt) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <title>审计报告 Audit report %s</title>
                <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%%}
                td,th{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}.broken{color:#b00;font-weight:bold}</style>
                </head><body>
                """.formatted(escape(matter.path("matterNumber").asText())));
        html.append("<h1>案件审计报告 Matter audit report: ").append(escape(matter.path("matterNumber").asText())).append("</h1>\n");
        html.append("<table>\n");
        row(html, "委托人 Client", matter.path("clientName").asText());
        row(html, "案件 Matter", matter.path("description").asText());
        row(html, "状态 Status", matter.path("status").asText());
        row(html, "收案 Opened", matter.path("openedOn").asText());
        row(html, "结案 Closed", matter.path("closedOn").asText(""));
        row(html, "导出时间 Exported at", exportedAt);
        html.append("</table>\n");

        boolean allIntact = chains.stream().allMatch(Chain::intact);
        html.append("<h2>完整性 Integrity: ").append(allIntact ? "全部完好 every history intact"
                : "<span class=\"broken\">有记录被改动 a history was altered</span>").append("</h2>\n<table>\n")
                .append("<tr><th>服务 Service</th><th>记录 Record</th><th>事件 Events</th><th>结果 Result</th><th>文件 File</th></tr>\n");
        for (Chain chain : chains) {
            html.append("<tr><td>").append(escape(chain.service())).append("</td><td>").append(escape(chain.aggregateType()))
                    .append(' ').append(escape(chain.aggregateId())).append("</td><td>").append(chain.events()).append("</td><td")
                    .append(chain.intact() ? ">完好 intact" : " class=\"broken\">" + escape(chain.finding()))
                    .append("</td><td>").append(escape(chain.file())).append("</td></tr>\n");
        }
        html.append("</table>\n<h2>经过 What happened</h2>\n<table>\n")
                .append("<tr><th>时间 When</th><th>服务 Service</th><th>事件 Event</th><th>记录 Record</th><th>操作人 By</th></tr>\n");
        for (JsonNode entry : timeline) {
            html.append("<tr><td>").append(escape(entry.path("at").asText())).append("</td><td>")
                    .append(escape(entry.path("service").asText())).append("</td><td>").append(escape(entry.path("event").asText()))
                    .append("</td><td>").append(escape(entry.path("aggregateType").asText(""))).append(' ')
                    .append(escape(entry.path("aggregateId").asText(""))).append("</td><td>")
                    .append(escape(entry.path("userId").asText(""))).append("</td></tr>\n");
        }
        html.append("</table>\n<h2>对外发送 Sent out</h2>\n<table>\n")
                .append("<tr><th>渠道 Channel</th><th>收件人 Recipient</th><th>主题 Subject</th><th>状态 Status</th><th>发送 Sent</th></tr>\n");
        for (JsonNode delivery : deliveries) {
            html.append("<tr><td>").append(escape(delivery.path("channel").asText())).append("</td><td>")
                    .append(escape(delivery.path("recipient").asText())).append("</td><td>")
                    .append(escape(delivery.path("subject").asText(""))).append("</td><td>")
                    .append(escape(delivery.path("status").asText())).append("</td><td>")
                    .append(escape(delivery.path("sentAt").asText(""))).append("</td></tr>\n");
        }
        return html.append("</table>\n<p>每个文件的 SHA-256 见 manifest.json。 Each file's SHA-256 is in manifest.json.</p>\n</body></html>\n")
                .toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
